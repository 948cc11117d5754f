package org.opencontest.dataset;

import java.util.List;

/**
 * The datasets a team can declare as used in its submission: those released to the contest with a published release
 * (under embargo or not; drafts stay hidden), as the contest page lists them to everyone. The submission module offers
 * them and refuses any other.
 */
public interface ContestDatasetChoices {

    /** The contest's datasets, in the order they were created. */
    List<DatasetChoice> choicesFor(long contestId);
}
