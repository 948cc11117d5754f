package org.opencontest.evaluation;

import java.io.InputStream;

/**
 * Sets up an evaluated track for callers outside the module that act as one of the contest's organisers (the demo
 * data of the embedded mode): the same checks and rules as the organiser's page, in the same order a person would
 * use it. Anyone who does not manage the contest gets {@code NotFoundException}.
 */
public interface EvaluatedTracks {

    /** Adds an evaluated track to the contest; returns its id. */
    long add(long contestId, EvaluatedTrackPlan plan);

    /** Stores and checks the answer key, queues waiting submissions and publishes the sample submission. */
    void uploadAnswerKey(long contestId, long evaluatedTrackId, InputStream content, String fileName);

    /** Reveals the private leaderboard; refused while the submission phase is open. */
    void reveal(long contestId, long evaluatedTrackId);
}
