package org.opencontest.contest.internal;

import java.io.Serializable;
import java.time.Instant;

import org.opencontest.contest.PhaseKind;

/** The next moment something changes on a timeline: a phase opens or closes. */
public record Deadline(PhaseKind kind, Boundary boundary, Instant at) implements Serializable {

    public enum Boundary {
        OPENS, CLOSES
    }

    /** A message key taking the phase as argument, e.g. "{0} closes". */
    public String messageKey() {
        return "contest.deadline." + boundary.name();
    }
}
