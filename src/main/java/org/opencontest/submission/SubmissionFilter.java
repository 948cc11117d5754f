package org.opencontest.submission;

import java.io.Serializable;

/**
 * Filters of the organiser's overview; null means "any".
 *
 * @param finalOnly   only each team's final version
 * @param minVersions only teams with at least this many versions
 */
public record SubmissionFilter(Long trackId, Boolean late, boolean finalOnly, Integer minVersions)
        implements Serializable {

    public static final SubmissionFilter ALL = new SubmissionFilter(null, null, false, null);
}
