package org.opencontest.contest;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** When one phase is open: from {@code opens} (inclusive) to {@code closes} (exclusive), both in UTC. */
public record PhaseWindow(PhaseKind kind, Instant opens, Instant closes) implements Serializable {

    public PhaseWindow {
        Objects.requireNonNull(kind, "kind");
    }

    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opens) && now.isBefore(closes);
    }
}
