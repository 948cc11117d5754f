package org.opencontest.vote.internal;

import java.io.Serializable;
import java.time.Instant;

/** One vote as lists show it; {@code ballots} and {@code voided} count its votes. */
public record PollSummary(long id, long contestId, Long trackId, EntryChoice entries, int votesPerVoter,
                          int minAccountAgeHours, Instant opensAt, Instant closesAt, PollState state, int entryCount,
                          long ballots, long voided) implements Serializable {

    public boolean open() {
        return state == PollState.OPEN;
    }
}
