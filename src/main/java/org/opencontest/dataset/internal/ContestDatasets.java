package org.opencontest.dataset.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import org.opencontest.shared.persistence.BaseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The datasets released to a contest as the contest page lists them: public ones with the viewer's access, and ones
 * whose published release is still under embargo with the date it lifts. Drafts stay hidden.
 */
@Service
public class ContestDatasets {

    private final DatasetRepository datasets;
    private final DatasetReleaseRepository releases;
    private final DatasetAccess access;
    private final Clock clock;

    ContestDatasets(DatasetRepository datasets, DatasetReleaseRepository releases, DatasetAccess access, Clock clock) {
        this.datasets = datasets;
        this.releases = releases;
        this.access = access;
        this.clock = clock;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<ContestDatasetAccess> forViewer(long contestId) {
        Instant now = clock.instant();
        List<Dataset> released = datasets.findReleasedTo(contestId);
        Map<Long, List<DatasetRelease>> releasesOf = releases.findByDatasetIdInOrderByNumberDesc(
                released.stream().map(BaseEntity::getId).toList()).stream()
                .collect(Collectors.groupingBy(release -> release.getDataset().getId()));
        return released.stream().map(dataset -> row(dataset, releasesOf.getOrDefault(dataset.getId(), List.of()), now))
                .flatMap(Optional::stream).toList();
    }

    private Optional<ContestDatasetAccess> row(Dataset dataset, List<DatasetRelease> itsReleases, Instant now) {
        boolean open = itsReleases.stream().anyMatch(release -> release.isPublicAt(now));
        Optional<Instant> embargo = itsReleases.stream().filter(release -> release.getStatus() == ReleaseStatus.PUBLISHED)
                .map(DatasetRelease::getEmbargoUntil).filter(until -> until != null && now.isBefore(until))
                .min(Comparator.naturalOrder());
        if (!open && embargo.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ContestDatasetAccess(dataset.getId(), dataset.getSlug(), dataset.getTitle(),
                dataset.getAccessTier(), open ? access.refusal(dataset, access.manages(dataset)) : null,
                open ? null : embargo.get()));
    }
}
