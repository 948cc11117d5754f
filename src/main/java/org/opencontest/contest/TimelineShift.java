package org.opencontest.contest;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.opencontest.contest.internal.Deadline;

/**
 * One boundary of a phase that a timeline edit moved. {@code from} is null for a phase the edit added, {@code to}
 * null for one it removed.
 */
public record TimelineShift(PhaseKind kind, Deadline.Boundary boundary, Instant from, Instant to)
        implements Serializable {

    /** The boundaries that differ between two timelines, in phase order, opening before closing. */
    public static List<TimelineShift> between(Timeline before, Timeline after) {
        List<TimelineShift> shifts = new ArrayList<>();
        for (PhaseKind kind : PhaseKind.values()) {
            Optional<PhaseWindow> old = before.phase(kind);
            Optional<PhaseWindow> changed = after.phase(kind);
            add(shifts, kind, Deadline.Boundary.OPENS, old.map(PhaseWindow::opens), changed.map(PhaseWindow::opens));
            add(shifts, kind, Deadline.Boundary.CLOSES, old.map(PhaseWindow::closes),
                    changed.map(PhaseWindow::closes));
        }
        return shifts;
    }

    private static void add(List<TimelineShift> shifts, PhaseKind kind, Deadline.Boundary boundary,
                            Optional<Instant> from, Optional<Instant> to) {
        if (!Objects.equals(from, to)) {
            shifts.add(new TimelineShift(kind, boundary, from.orElse(null), to.orElse(null)));
        }
    }

    /**
     * Whether the shift takes time away from people: a deadline moved earlier, a phase removed, or a phase that has
     * already opened made to open later (it would close again until then). Moving a future opening is not.
     */
    public boolean shortens(Instant now) {
        if (from == null) {
            return false;
        }
        if (to == null) {
            return true;
        }
        return boundary == Deadline.Boundary.CLOSES ? to.isBefore(from) : to.isAfter(from) && !from.isAfter(now);
    }

    /** Whether the edit closes the phase at a moment that has already passed. */
    public boolean closesInThePast(Instant now) {
        return boundary == Deadline.Boundary.CLOSES && to != null && !to.isAfter(now);
    }

    /** Registration and submission are the phases in which teams act. */
    public boolean concernsTeams() {
        return kind == PhaseKind.REGISTRATION || kind == PhaseKind.SUBMISSION;
    }

    /** A message key taking the phase as argument, e.g. "{0} closes". */
    public String messageKey() {
        return new Deadline(kind, boundary, null).messageKey();
    }
}
