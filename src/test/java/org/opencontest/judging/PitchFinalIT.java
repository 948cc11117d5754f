package org.opencontest.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.judging.JudgingFixtures.assertRefused;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.opencontest.judging.ScoringFixtures.Judging;
import org.opencontest.judging.internal.JudgingLog;
import org.opencontest.judging.internal.PitchFinalDetail;
import org.opencontest.judging.internal.PitchFinalInput;
import org.opencontest.judging.internal.PitchFinals;
import org.opencontest.judging.internal.PitchRow;
import org.opencontest.judging.internal.PitchSchedule;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Scheduling a final, the logged draw anyone can re-run, the timer, and who sees what. */
class PitchFinalIT extends IntegrationTest {

    @Autowired
    ScoringFixtures fixtures;
    @Autowired
    JudgeAssignments assignments;
    @Autowired
    PitchFinals finals;
    @Autowired
    JudgingLog judgingLog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;

    @Test
    void theDrawIsLoggedInTheChainAndReproducibleFromItsSeed() throws Exception {
        Judging j = fixtures.judging(clock.instant(), 4, 1, false, 2, 10);
        long roundId = j.round().id();
        as(j.organiser(), () -> assignments.assign(roundId));
        Instant start = clock.instant().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MINUTES);

        as(j.organiser(), () -> finals.schedule(roundId, null, new PitchFinalInput("Expo Hall B", null, start, 7, 5,
                3, 2, 15)));
        PitchFinalDetail drawn = as(j.organiser(), () -> finals.draw(roundId));

        assertThat(drawn.order()).hasSize(4);
        assertThat(drawn.order()).extracting(PitchRow::teamName).doesNotContainNull();
        List<Long> order = drawn.order().stream().map(PitchRow::entryId).toList();
        List<Long> reversed = new java.util.ArrayList<>(order);
        java.util.Collections.reverse(reversed);
        assertThat(PitchSchedule.draw(drawn.seed(), reversed)).isEqualTo(order);
        // slots: 7 + 5 minutes, 3 minutes changeover, a 15-minute break after the second pitch
        assertThat(drawn.order().get(0).starts()).isEqualTo(start);
        assertThat(drawn.order().get(1).starts()).isEqualTo(start.plus(Duration.ofMinutes(15)));
        assertThat(drawn.order().get(2).starts()).isEqualTo(start.plus(Duration.ofMinutes(15 + 12 + 15)));

        Map<String, Object> link = jdbc.queryForMap("SELECT kind, content FROM judging_log WHERE contest_id = ? "
                + "ORDER BY sequence DESC LIMIT 1", j.contestId());
        assertThat(link.get("kind")).isEqualTo("PITCH_DRAW");
        JsonNode content = json.readTree((String) link.get("content"));
        assertThat(content.get("seed").asLong()).isEqualTo(drawn.seed());
        assertThat(content.get("round").asLong()).isEqualTo(roundId);
        List<Long> logged = new java.util.ArrayList<>();
        content.get("order").forEach(place -> logged.add(place.get("entry").asLong()));
        assertThat(logged).as("the logged order is the drawn one and re-runs from the logged seed").isEqualTo(order)
                .isEqualTo(PitchSchedule.draw(content.get("seed").asLong(), logged));
        assertThat(as(j.organiser(), () -> judgingLog.verify(j.contestId())).intact()).isTrue();

        // a final is drawn once: a second click changes nothing
        assertRefused(j.organiser(), () -> finals.draw(roundId), "judging.pitch.error.drawn");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM judging_log WHERE contest_id = ? AND kind = 'PITCH_DRAW'",
                Long.class, j.contestId())).isEqualTo(1L);
        assertThat(as(j.organiser(), () -> finals.forOrganiser(roundId)).orElseThrow().order()).isEqualTo(drawn.order());
    }

    @Test
    void theScheduleIsCheckedAndTheDrawNeedsEntries() {
        Judging j = fixtures.judging(clock.instant(), 2, 1, false, 1, 10);
        long roundId = j.round().id();
        Instant start = clock.instant().plus(Duration.ofDays(3));

        assertRefused(j.organiser(), () -> finals.draw(roundId), "judging.pitch.error.notScheduled");
        assertRefused(j.organiser(), () -> finals.schedule(roundId, null, new PitchFinalInput(" ", "", start, 7, 5,
                3, 0, 0)), "judging.pitch.error.where");
        assertRefused(j.organiser(), () -> finals.schedule(roundId, null, new PitchFinalInput(null,
                "javascript:alert(1)", start, 7, 5, 3, 0, 0)), "judging.pitch.error.link");
        assertRefused(j.organiser(), () -> finals.schedule(roundId, null, new PitchFinalInput("Hall", null, start, 0,
                5, 3, 0, 0)), "judging.pitch.error.lengths");
        assertRefused(j.organiser(), () -> finals.schedule(roundId, null, new PitchFinalInput("Hall", null, null, 7,
                5, 3, 0, 0)), "judging.pitch.error.start");
        assertThat(as(j.organiser(), () -> finals.forOrganiser(roundId))).isEmpty();

        PitchFinalDetail saved = as(j.organiser(), () -> finals.schedule(roundId, null, new PitchFinalInput(
                "<b>Hall</b>", "https://meet.example.org/final", start, 7, 5, 3, 0, 0)));
        assertRefused(j.organiser(), () -> finals.schedule(roundId, null, saved.input()), "error.concurrentEdit");
        assertRefused(j.organiser(), () -> finals.draw(roundId), "judging.pitch.error.noEntries");
        assertRefused(j.organiser(), () -> finals.putOnStage(roundId, 1), "judging.pitch.error.notDrawn");
        assertThat(as(j.organiser(), () -> finals.schedule(roundId, saved.version(), saved.input())).input().venue())
                .isEqualTo("<b>Hall</b>");
    }

    @Test
    void onlyTheContestsOrganisersScheduleAndDrawJudgesSeeTheOrderTeamsTheirSlot() {
        Judging j = fixtures.judging(clock.instant(), 3, 1, false, 2, 10);
        long roundId = j.round().id();
        as(j.organiser(), () -> assignments.assign(roundId));
        Instant start = clock.instant().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MINUTES);
        PitchFinalInput input = new PitchFinalInput("Expo Hall B", "https://meet.example.org/final", start, 8, 4, 2,
                0, 0);

        var otherOrganiser = person(Role.ORGANISER);
        assertThatThrownBy(() -> as(otherOrganiser, () -> finals.schedule(roundId, null, input)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(j.leaders().get(0), () -> finals.schedule(roundId, null, input)))
                .isInstanceOf(AccessDeniedException.class);
        as(j.organiser(), () -> finals.schedule(roundId, null, input));
        assertThatThrownBy(() -> as(otherOrganiser, () -> finals.draw(roundId))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(otherOrganiser, () -> finals.forOrganiser(roundId)))
                .isInstanceOf(NotFoundException.class);
        PitchFinalDetail drawn = as(j.organiser(), () -> finals.draw(roundId));

        // a judge of the contest: the running order without team names, with links to their own sheets
        PitchFinalDetail judgeView = as(j.judges().get(0).principal(), () -> finals.forJudge(roundId)).orElseThrow();
        assertThat(judgeView.order()).extracting(PitchRow::entryId)
                .isEqualTo(drawn.order().stream().map(PitchRow::entryId).toList());
        assertThat(judgeView.order()).extracting(PitchRow::teamName).containsOnlyNulls();
        assertThat(judgeView.order()).extracting(PitchRow::assignmentId).filteredOn(id -> id != null).isNotEmpty();
        assertThatThrownBy(() -> as(person(Role.JUDGE), () -> finals.forJudge(roundId)))
                .isInstanceOf(NotFoundException.class);

        // a team: its own slot, named and marked, and an invitation at that slot
        var leader = j.leaders().get(1);
        PitchFinalDetail teamView = as(leader, () -> finals.forContest(j.contestId())).get(0);
        PitchRow mine = teamView.mine().orElseThrow();
        assertThat(mine.teamName()).isNotNull();
        assertThat(teamView.order()).filteredOn(row -> !row.mine()).extracting(PitchRow::teamName).containsOnlyNulls();
        String ics = as(leader, () -> finals.invitation(roundId, Locale.ENGLISH));
        assertThat(ics).contains("BEGIN:VEVENT", "LOCATION:Expo Hall B", "meet.example.org/final")
                .contains("DTSTART:" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                        .withZone(java.time.ZoneOffset.UTC).format(mine.starts()));
        assertThatThrownBy(() -> as(person(Role.PARTICIPANT), () -> finals.invitation(roundId, Locale.ENGLISH)))
                .isInstanceOf(NotFoundException.class);
        assertThat(anonymously(() -> finals.forContest(j.contestId())).get(0).mine()).isEmpty();

        // the organiser's timer runs on the server's clock
        PitchFinalDetail onStage = as(j.organiser(), () -> finals.putOnStage(roundId, 2));
        assertThat(onStage.onStage()).isEqualTo(2);
        assertThat(onStage.onStageSince()).isNotNull();
        assertThatThrownBy(() -> as(otherOrganiser, () -> finals.putOnStage(roundId, 1)))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(j.organiser(), () -> finals.putOnStage(roundId, null)).onStage()).isNull();
    }
}
