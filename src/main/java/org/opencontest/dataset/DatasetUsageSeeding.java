package org.opencontest.dataset;

import java.time.Instant;

/**
 * Back-dated usage for the demo data of the embedded mode, so that the statistics page shows weeks of downloads on
 * the first start. Real use goes through {@link DatasetCatalog#acceptTerms} and {@link DatasetCatalog#downloadLink},
 * which record the clock's present. Callers are trusted code running as the system identity (an administrator).
 */
public interface DatasetUsageSeeding {

    /** Records that the user accepted the dataset's current terms at the given instant, for no team. */
    void recordAcceptance(long datasetId, long userId, Instant acceptedAt);

    /** Records a download of the file at the given instant, by the user or anonymously ({@code null}), for no team. */
    void recordDownload(long fileId, Long userId, Instant issuedAt);
}
