package org.opencontest.submission;

import java.util.Set;

import org.opencontest.submission.internal.StageStandings;

/**
 * Which stages' judging feedback the organiser released to the teams (before the contest's results are published),
 * for the judging module's feedback page. Open to everyone who may see the contest; implemented by
 * {@link StageStandings}.
 */
public interface StageFeedback {

    /** The positions of the stages whose feedback is released; empty for a contest without stages. */
    Set<Integer> releasedFeedbackStages(long contestId);
}
