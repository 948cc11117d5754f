package org.opencontest.dataset.internal;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.dataset.DatasetUsageSeeding;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes seeded acceptances and download records; administrators only (the demo loader runs as the system). */
@Service
class DatasetUsageSeeder implements DatasetUsageSeeding {

    private final DatasetRepository datasets;
    private final DataFileRepository files;
    private final TermsAcceptanceRepository acceptances;
    private final DownloadRecordRepository downloads;

    DatasetUsageSeeder(DatasetRepository datasets, DataFileRepository files, TermsAcceptanceRepository acceptances,
                       DownloadRecordRepository downloads) {
        this.datasets = datasets;
        this.files = files;
        this.acceptances = acceptances;
        this.downloads = downloads;
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void recordAcceptance(long datasetId, long userId, Instant acceptedAt) {
        Dataset dataset = datasets.findById(datasetId).orElseThrow(NotFoundException::new);
        acceptances.save(new TermsAcceptance(datasetId, userId, null, dataset.getTermsVersion(), acceptedAt));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void recordDownload(long fileId, Long userId, Instant issuedAt) {
        DataFile file = files.findById(fileId).orElseThrow(NotFoundException::new);
        DatasetRelease release = file.getRelease();
        downloads.save(new DownloadRecord(release.getDataset().getId(), release.getId(), fileId, userId, null,
                issuedAt));
    }
}
