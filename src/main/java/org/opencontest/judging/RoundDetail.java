package org.opencontest.judging;

import java.time.Instant;

/**
 * A stored round; {@code lockedAt} is when its first sheet was submitted (null before), after which rubric,
 * blindness, judges per entry and aggregation are fixed.
 */
public record RoundDetail(long id, long version, long contestId, int position, RoundInput input, Instant lockedAt) {

    public boolean locked() {
        return lockedAt != null;
    }
}
