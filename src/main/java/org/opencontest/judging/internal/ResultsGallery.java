package org.opencontest.judging.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.opencontest.contest.ContestPage;
import org.opencontest.judging.Aggregation;

/**
 * A contest's published results as everyone sees them at {@code /contests/{slug}/results}.
 *
 * @param method     how the deciding (last) round aggregated its sheets, as declared before judging; null without
 *                   rounds
 * @param latestHash the newest hash of the judging log, published so that nobody can rewrite the log unnoticed
 */
public record ResultsGallery(ContestPage contest, Instant publishedAt, Aggregation method, List<GalleryEntry> awards,
                             String latestHash) implements Serializable {

    public ResultsGallery {
        awards = List.copyOf(awards);
    }
}
