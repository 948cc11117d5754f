package org.opencontest.judging.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.as;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.JudgeAssignments;
import org.opencontest.judging.ScoringFixtures;
import org.opencontest.judging.ScoringFixtures.Judging;
import org.opencontest.judging.internal.PitchFinalInput;
import org.opencontest.judging.internal.PitchFinals;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.support.KaribuTest;
import org.opencontest.support.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;

/** The organiser's final page with its draw and timer, the judge's running order and the team's slot. */
class PitchFinalViewTest extends KaribuTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ScoringFixtures fixtures;
    @Autowired
    JudgeAssignments assignments;
    @Autowired
    PitchFinals finals;
    @Autowired
    ContestService contests;
    @Autowired
    MovableClock movableClock;
    @Autowired
    Clock clock;

    @Test
    void theOrganiserSchedulesDrawsAndRunsTheTimer() {
        Judging j = fixtures.judging(clock.instant(), 3, 1, false, 1, 10);
        long roundId = j.round().id();
        as(j.organiser(), () -> assignments.assign(roundId));
        signInAs(j.organiser());
        navigate("organise/contests/" + j.contestId() + "/judging");
        assertThat(_get(Grid.class, spec -> spec.withId("rounds")).getColumnByKey("final")).isNotNull();
        navigate("organise/judging/rounds/" + roundId + "/final");
        _get(PitchFinalView.class);

        // neither a venue nor a link: refused with the rule, nothing saved
        _get(DateTimePicker.class, spec -> spec.withId("pitch-start")).setValue(
                LocalDateTime.ofInstant(clock.instant(), SHANGHAI).plusDays(20).truncatedTo(ChronoUnit.MINUTES));
        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withId("pitch-save"))))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).getMessageKey()).isEqualTo("judging.pitch.error.where");
        assertThat(as(j.organiser(), () -> finals.forOrganiser(roundId))).isEmpty();

        _get(TextField.class, spec -> spec.withId("pitch-venue")).setValue("<b>Expo Hall B</b>");
        _click(_get(Button.class, spec -> spec.withId("pitch-save")));
        expectNotifications("Schedule saved. The slots follow it.");
        _click(_get(Button.class, spec -> spec.withId("pitch-draw")));
        _click(_get(Button.class, spec -> spec.withId("confirm-action")));
        expectNotifications("Pitching order drawn and logged.");

        assertThat(_get(Grid.class, spec -> spec.withId("pitch-order")).getGenericDataView().getItems().count())
                .isEqualTo(3);
        long seed = as(j.organiser(), () -> finals.forOrganiser(roundId)).orElseThrow().seed();
        assertThat(_get(Paragraph.class, spec -> spec.withId("pitch-seed")).getText()).contains(String.valueOf(seed));
        assertThat(_get(Span.class, spec -> spec.withId("pitch-timer")).getText()).isEqualTo("Nobody is on stage.");

        _click(_get(Button.class, spec -> spec.withId("pitch-next")));
        assertThat(timer()).startsWith("#1 ").matches(".*: pitch, 0(7:00|6:[45][0-9]) left");
        movableClock.advance(Duration.ofMinutes(8));
        _get(PitchFinalView.class).updateTimer();
        assertThat(timer()).matches(".*: questions, 0(4:00|3:[45][0-9]) left");
        movableClock.advance(Duration.ofMinutes(5));
        _get(PitchFinalView.class).updateTimer();
        assertThat(timer()).matches(".*: over time by 01:[0-5][0-9]");
        _click(_get(Button.class, spec -> spec.withId("pitch-next")));
        assertThat(timer()).startsWith("#2 ");
    }

    @Test
    void judgesSeeTheRunningOrderAndTeamsTheirSlotInTheirLanguage() {
        Judging j = fixtures.judging(clock.instant(), 2, 1, false, 1, 10);
        long roundId = j.round().id();
        as(j.organiser(), () -> assignments.assign(roundId));
        as(j.organiser(), () -> finals.schedule(roundId, null, new PitchFinalInput("<i>Expo Hall B</i>",
                "https://meet.example.org/final", clock.instant().plus(Duration.ofDays(20)), 7, 5, 3, 0, 0)));
        as(j.organiser(), () -> finals.draw(roundId));
        String slug = as(j.organiser(), () -> contests.page(j.contestId())).slug();

        signInAs(j.judges().get(0).principal());
        navigate("judging");
        Div running = _get(Div.class, spec -> spec.withId("pitch-running-" + roundId));
        assertThat(_find(running, ListItem.class)).hasSize(2);
        assertThat(_find(running, Anchor.class, spec -> spec.withText("Score this pitch"))).hasSize(2);
        assertThat(_get(running, Span.class, spec -> spec.withText("Venue: <i>Expo Hall B</i>"))).isNotNull();

        signInAs(j.leaders().get(0));
        useLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("contests/" + slug);
        Div section = _get(Div.class, spec -> spec.withId("contest-pitches"));
        assertThat(_get(section, Paragraph.class, spec -> spec.withId("pitch-my-slot-" + roundId)).getText())
                .startsWith("你的队伍第");
        assertThat(_get(section, Anchor.class, spec -> spec.withId("pitch-ics-" + roundId)).getText())
                .isEqualTo("添加到日历（.ics）");
        assertThat(_find(section, ListItem.class, spec -> spec.withClasses("mine"))).hasSize(1);
    }

    private static String timer() {
        return _get(Span.class, spec -> spec.withId("pitch-timer")).getText();
    }
}
