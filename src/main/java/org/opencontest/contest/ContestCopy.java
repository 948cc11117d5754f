package org.opencontest.contest;

import java.io.Serializable;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

/**
 * One clone of a contest: from {@code sourceId} into the new draft {@code cloneId}, every date moved by
 * {@code offset} on the contest's wall clock in {@code zone} (one year later at the same local time, whatever daylight
 * saving does in between).
 */
public record ContestCopy(long sourceId, long cloneId, Period offset, ZoneId zone) implements Serializable {

    /** {@code at} moved by the offset in the contest's zone; null stays null. */
    public Instant shift(Instant at) {
        return at == null ? null : at.atZone(zone).plus(offset).toInstant();
    }
}
