package org.opencontest.judging;

import java.util.List;

/** The awarded entries of a contest, once its results are published; the caller must be able to see them. */
public interface AwardedEntries {

    /** Awarded entries of the contest's published results, best rank first; empty before publication. */
    List<AwardedEntry> awarded(long contestId);
}
