package org.opencontest.judging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** The draw of a final's pitching order and its slots, without Spring. */
class PitchScheduleTest {

    private static final Instant START = Instant.parse("2026-06-20T01:00:00Z");

    @Test
    void theDrawIsReproducibleFromItsSeedByAnyoneWithSha256() throws Exception {
        List<Long> entries = List.of(41L, 7L, 1003L, 12L, 98L, 5L);
        long seed = 7_311_905_512_233L;

        List<Long> drawn = PitchSchedule.draw(seed, entries);

        // the same seed in another order of input gives the same order
        List<Long> shuffled = new ArrayList<>(entries);
        java.util.Collections.reverse(shuffled);
        assertThat(PitchSchedule.draw(seed, shuffled)).isEqualTo(drawn);
        // re-run by hand, the way the page explains it: SHA-256 of "seed:entry" in hex, ascending
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<Long> byHand = entries.stream().sorted(Comparator.comparing((Long id) -> HexFormat.of()
                .formatHex(sha.digest((seed + ":" + id).getBytes(StandardCharsets.UTF_8))))).toList();
        assertThat(drawn).isEqualTo(byHand).containsExactlyInAnyOrderElementsOf(entries);
    }

    @Test
    void differentSeedsGiveDifferentOrders() {
        List<Long> entries = LongStream.rangeClosed(1, 12).boxed().toList();

        long distinct = LongStream.range(0, 20).mapToObj(seed -> PitchSchedule.draw(seed, entries)).distinct()
                .count();

        assertThat(distinct).as("12! orders; twenty seeds do not all agree").isGreaterThan(15);
        assertThat(PitchSchedule.draw(3, entries)).isNotEqualTo(entries);
    }

    @Test
    void slotsFollowEachOtherWithChangeoversAndNeverOverlap() {
        PitchSchedule.Timing timing = new PitchSchedule.Timing(START, Duration.ofMinutes(7), Duration.ofMinutes(5),
                Duration.ofMinutes(3), 0, Duration.ZERO);

        List<PitchSchedule.Slot> slots = PitchSchedule.slots(timing, 4);

        assertThat(slots).extracting(PitchSchedule.Slot::position).containsExactly(1, 2, 3, 4);
        assertThat(slots.get(0).starts()).isEqualTo(START);
        assertThat(slots.get(0).pitchEnds()).isEqualTo(START.plusSeconds(7 * 60));
        assertThat(slots.get(0).ends()).isEqualTo(START.plusSeconds(12 * 60));
        assertThat(slots.get(1).starts()).isEqualTo(START.plusSeconds(15 * 60));
        for (int i = 1; i < slots.size(); i++) {
            assertThat(slots.get(i).starts()).isAfterOrEqualTo(slots.get(i - 1).ends());
            assertThat(Duration.between(slots.get(i - 1).ends(), slots.get(i).starts()))
                    .isEqualTo(Duration.ofMinutes(3));
        }
        assertThat(slots.get(3).ends()).isEqualTo(START.plus(Duration.ofMinutes(4 * 12 + 3 * 3)));
    }

    @Test
    void aBreakReplacesTheChangeoverAfterEveryNthPitchButNotAfterTheLast() {
        PitchSchedule.Timing timing = new PitchSchedule.Timing(START, Duration.ofMinutes(10), Duration.ofMinutes(5),
                Duration.ofMinutes(2), 2, Duration.ofMinutes(20));

        List<PitchSchedule.Slot> slots = PitchSchedule.slots(timing, 4);

        assertThat(Duration.between(slots.get(0).ends(), slots.get(1).starts())).isEqualTo(Duration.ofMinutes(2));
        assertThat(Duration.between(slots.get(1).ends(), slots.get(2).starts())).isEqualTo(Duration.ofMinutes(20));
        assertThat(Duration.between(slots.get(2).ends(), slots.get(3).starts())).isEqualTo(Duration.ofMinutes(2));
        assertThat(slots.get(3).ends()).isEqualTo(START.plus(Duration.ofMinutes(4 * 15 + 2 + 20 + 2)));
    }

    @Test
    void theTimerCountsDownThePitchThenTheQuestionsThenTheOvertime() {
        Duration pitch = Duration.ofMinutes(7);
        Duration qa = Duration.ofMinutes(5);

        assertThat(PitchSchedule.partAt(START, START.plusSeconds(60), pitch, qa))
                .isEqualTo(new PitchSchedule.Part(PitchSchedule.Phase.PITCH, Duration.ofMinutes(6)));
        assertThat(PitchSchedule.partAt(START, START.plusSeconds(8 * 60), pitch, qa))
                .isEqualTo(new PitchSchedule.Part(PitchSchedule.Phase.QA, Duration.ofMinutes(4)));
        assertThat(PitchSchedule.partAt(START, START.plusSeconds(13 * 60), pitch, qa))
                .isEqualTo(new PitchSchedule.Part(PitchSchedule.Phase.OVER, Duration.ofMinutes(1)));
    }
}
