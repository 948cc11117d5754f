package org.opencontest.judging.internal;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.opencontest.shared.hash.Sha256;

/**
 * The maths of a live final, plain Java: the pitching order drawn from a seed, and the time slots that follow from
 * the start, the pitch, Q&amp;A and changeover lengths and the breaks.
 * <p>
 * <b>The draw</b> is reproducible by anyone from the seed and the entry numbers written into the judging log: each
 * entry gets the key {@code SHA-256("<seed>:<entry id>")} as lower-case hex, and the entries pitch in ascending key
 * order ({@code printf '%s' "7311:42" | sha256sum} on any machine gives the same key). The seed is drawn from a
 * secure random source when the organiser draws, so nobody can choose the order by choosing entries.
 */
public final class PitchSchedule {

    private PitchSchedule() {
    }

    /** The key that places {@code entryId} in the draw with {@code seed}. */
    public static String drawKey(long seed, long entryId) {
        return Sha256.hex(seed + ":" + entryId);
    }

    /** The entries in pitching order for {@code seed}; the input order does not matter. */
    public static List<Long> draw(long seed, List<Long> entryIds) {
        return entryIds.stream().distinct()
                .sorted(Comparator.comparing((Long id) -> drawKey(seed, id)).thenComparing(id -> id))
                .toList();
    }

    /**
     * The slots of {@code count} pitches: back to back with the changeover between two pitches, and a break instead
     * of the changeover after every {@code breakEvery}-th pitch (none after the last).
     */
    public static List<Slot> slots(Timing timing, int count) {
        List<Slot> slots = new ArrayList<>(count);
        Instant start = timing.start();
        for (int position = 1; position <= count; position++) {
            Instant pitchEnds = start.plus(timing.pitch());
            Instant ends = pitchEnds.plus(timing.qa());
            slots.add(new Slot(position, start, pitchEnds, ends));
            boolean breakFollows = timing.breakEvery() > 0 && position % timing.breakEvery() == 0 && position < count;
            start = ends.plus(breakFollows ? timing.breakLength() : timing.changeover());
        }
        return List.copyOf(slots);
    }

    /**
     * When the final runs and how long its parts are.
     *
     * @param breakEvery a break after every so many pitches; 0 for none
     */
    public record Timing(Instant start, Duration pitch, Duration qa, Duration changeover, int breakEvery,
                         Duration breakLength) implements Serializable {
    }

    /** One pitch: the team pitches from {@code starts} to {@code pitchEnds}, then answers questions until {@code ends}. */
    public record Slot(int position, Instant starts, Instant pitchEnds, Instant ends) implements Serializable {
    }

    /** Which part of a pitch runs at {@code now}, counted from when the organiser started it on stage. */
    public static Part partAt(Instant startedAt, Instant now, Duration pitch, Duration qa) {
        Duration elapsed = Duration.between(startedAt, now);
        if (elapsed.isNegative()) {
            elapsed = Duration.ZERO;
        }
        if (elapsed.compareTo(pitch) < 0) {
            return new Part(Phase.PITCH, pitch.minus(elapsed));
        }
        if (elapsed.compareTo(pitch.plus(qa)) < 0) {
            return new Part(Phase.QA, pitch.plus(qa).minus(elapsed));
        }
        return new Part(Phase.OVER, elapsed.minus(pitch.plus(qa)));
    }

    /** What is on stage: the pitch or Q&amp;A with the time left, or over (with the time it overran). */
    public enum Phase { PITCH, QA, OVER }

    public record Part(Phase phase, Duration remaining) implements Serializable {
    }
}
