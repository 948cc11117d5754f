package org.opencontest.contest;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One recorded change of a published contest's timeline, as the public page lists it under "Changes". */
public record TimelineChange(Instant at, String reason, List<TimelineShift> shifts) implements Serializable {

    public TimelineChange {
        shifts = List.copyOf(shifts);
    }
}
