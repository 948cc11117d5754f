package org.opencontest.contest.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.opencontest.contest.TimelineShift;

/** One recorded change of a published contest's timeline, as the public page lists it under "Changes". */
public record TimelineChange(Instant at, String reason, List<TimelineShift> shifts) implements Serializable {

    public TimelineChange {
        shifts = List.copyOf(shifts);
    }
}
