package org.opencontest.judging;

import java.io.Serializable;

/** A submitted version's place in a ranking made outside judging (an evaluated track's private leaderboard). */
public record RankedVersion(int rank, long submissionVersionId, double score) implements Serializable {
}
