package org.opencontest.contest;

import java.io.Serializable;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;

/**
 * One clone of a contest: from {@code sourceId} into the new draft {@code cloneId}, every date moved by
 * {@code offset} on the contest's wall clock in {@code zone} (one year later at the same local time, whatever daylight
 * saving does in between); {@code trackIds} maps each track of the source to its copy in the clone.
 */
public record ContestCopy(long sourceId, long cloneId, Period offset, ZoneId zone, Map<Long, Long> trackIds)
        implements Serializable {

    public ContestCopy {
        trackIds = Map.copyOf(trackIds);
    }

    /** {@code at} moved by the offset in the contest's zone; null stays null. */
    public Instant shift(Instant at) {
        return at == null ? null : at.atZone(zone).plus(offset).toInstant();
    }

    /** The clone's copy of a source track; null (the whole contest) stays null. */
    public Long track(Long sourceTrackId) {
        return sourceTrackId == null ? null : trackIds.get(sourceTrackId);
    }
}
