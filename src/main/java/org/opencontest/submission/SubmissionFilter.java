package org.opencontest.submission;

import java.io.Serializable;

/**
 * Filters of the organiser's overview; null means "any".
 *
 * @param finalOnly   only each team's final version
 * @param minVersions only teams with at least this many versions
 * @param stage       only versions submitted in the stage at this position
 */
public record SubmissionFilter(Long trackId, Boolean late, boolean finalOnly, Integer minVersions, Integer stage)
        implements Serializable {

    public static final SubmissionFilter ALL = new SubmissionFilter(null, null, false, null, null);

    /** A filter of any stage. */
    public SubmissionFilter(Long trackId, Boolean late, boolean finalOnly, Integer minVersions) {
        this(trackId, late, finalOnly, minVersions, null);
    }
}
