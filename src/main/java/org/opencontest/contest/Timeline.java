package org.opencontest.contest;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.opencontest.contest.internal.Deadline;
import org.opencontest.contest.internal.TimelineViolation;

/**
 * The phases of one contest, validated. Rules (each violation is a {@link TimelineViolation} naming the phases):
 * <ol>
 *   <li>every phase has both instants and opens strictly before it closes ({@code contest.timeline.error.missing},
 *       {@code .inverted});</li>
 *   <li>at most one phase per kind ({@code .duplicate});</li>
 *   <li>phases follow the order registration, submission, judging, results, incubation and do not overlap: each
 *       phase closes no later than the next present phase opens ({@code .order} when the later phase lies entirely
 *       before the earlier one, {@code .overlap} otherwise);</li>
 *   <li>the one exception: registration may stay open while submission is open — teams often form late — but it
 *       may neither open after submission opens nor close after submission closes ({@code .registrationOpensLate},
 *       {@code .registrationClosesLate}).</li>
 * </ol>
 * Gaps between phases are allowed. A timeline may be empty (a draft without dates); publishing requires a phase.
 * Instances are immutable; "now" is always passed in by the caller (from the application {@code Clock}).
 */
public final class Timeline implements Serializable {

    private static final Timeline EMPTY = new Timeline(List.of());

    private final List<PhaseWindow> phases;

    private Timeline(List<PhaseWindow> phases) {
        this.phases = List.copyOf(phases);
    }

    public static Timeline empty() {
        return EMPTY;
    }

    /** Validates the phases (in any order) and returns them as a timeline sorted by kind. */
    public static Timeline of(Collection<PhaseWindow> phases) {
        Map<PhaseKind, PhaseWindow> byKind = new EnumMap<>(PhaseKind.class);
        for (PhaseWindow phase : phases) {
            if (phase.opens() == null || phase.closes() == null) {
                throw new TimelineViolation("contest.timeline.error.missing", phase.kind());
            }
            if (!phase.opens().isBefore(phase.closes())) {
                throw new TimelineViolation("contest.timeline.error.inverted", phase.kind());
            }
            if (byKind.put(phase.kind(), phase) != null) {
                throw new TimelineViolation("contest.timeline.error.duplicate", phase.kind());
            }
        }
        List<PhaseWindow> ordered = new ArrayList<>(byKind.values());
        for (int i = 1; i < ordered.size(); i++) {
            checkSequence(ordered.get(i - 1), ordered.get(i));
        }
        return ordered.isEmpty() ? EMPTY : new Timeline(ordered);
    }

    private static void checkSequence(PhaseWindow earlier, PhaseWindow later) {
        if (earlier.kind() == PhaseKind.REGISTRATION && later.kind() == PhaseKind.SUBMISSION) {
            if (earlier.opens().isAfter(later.opens())) {
                throw new TimelineViolation("contest.timeline.error.registrationOpensLate", earlier.kind(), later.kind());
            }
            if (earlier.closes().isAfter(later.closes())) {
                throw new TimelineViolation("contest.timeline.error.registrationClosesLate", earlier.kind(), later.kind());
            }
        } else if (earlier.closes().isAfter(later.opens())) {
            String rule = later.closes().isAfter(earlier.opens())
                    ? "contest.timeline.error.overlap" : "contest.timeline.error.order";
            throw new TimelineViolation(rule, earlier.kind(), later.kind());
        }
    }

    /** The phases in their required order. */
    public List<PhaseWindow> phases() {
        return phases;
    }

    public boolean isEmpty() {
        return phases.isEmpty();
    }

    public Optional<PhaseWindow> phase(PhaseKind kind) {
        return phases.stream().filter(p -> p.kind() == kind).findFirst();
    }

    /** All phases open at {@code now}: usually one, two while registration overlaps submission. */
    public List<PhaseWindow> openAt(Instant now) {
        return phases.stream().filter(p -> p.isOpenAt(now)).toList();
    }

    /** The most advanced phase open at {@code now} (submission rather than the still-open registration). */
    public Optional<PhaseWindow> currentPhase(Instant now) {
        List<PhaseWindow> open = openAt(now);
        return open.isEmpty() ? Optional.empty() : Optional.of(open.get(open.size() - 1));
    }

    /** The first opening or closing strictly after {@code now}; empty once the last phase has closed. */
    public Optional<Deadline> nextDeadline(Instant now) {
        return phases.stream()
                .flatMap(p -> Stream.of(
                        new Deadline(p.kind(), Deadline.Boundary.OPENS, p.opens()),
                        new Deadline(p.kind(), Deadline.Boundary.CLOSES, p.closes())))
                .filter(d -> d.at().isAfter(now))
                .min(Comparator.comparing(Deadline::at).thenComparing(d -> d.boundary() == Deadline.Boundary.OPENS));
    }

    public Stage stage(Instant now) {
        if (phases.isEmpty()) {
            return Stage.NO_TIMELINE;
        }
        if (!openAt(now).isEmpty()) {
            return Stage.OPEN;
        }
        if (now.isBefore(phases.get(0).opens())) {
            return Stage.UPCOMING;
        }
        return nextDeadline(now).isPresent() ? Stage.BETWEEN_PHASES : Stage.FINISHED;
    }

    /**
     * Whether the competition itself is over: every phase before incubation has closed, so winners are known and
     * only incubation may still run. Visitors see such a contest among past contests.
     */
    public boolean isCompetitionOver(Instant now) {
        List<PhaseWindow> competition = phases.stream().filter(p -> p.kind() != PhaseKind.INCUBATION).toList();
        if (competition.isEmpty()) {
            return stage(now) == Stage.FINISHED;
        }
        return competition.stream().noneMatch(p -> p.closes().isAfter(now));
    }

    /** The last closing instant, if any phase exists. */
    public Optional<Instant> end() {
        return phases.stream().map(PhaseWindow::closes).max(Comparator.naturalOrder());
    }

    /** Where a contest stands on its timeline at a given instant. */
    public enum Stage {
        NO_TIMELINE, UPCOMING, OPEN, BETWEEN_PHASES, FINISHED;

        public String messageKey() {
            return "contest.stage." + name();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Timeline timeline && timeline.phases.equals(phases);
    }

    @Override
    public int hashCode() {
        return phases.hashCode();
    }

    @Override
    public String toString() {
        return "Timeline" + phases;
    }
}
