package org.opencontest.contest;

import org.opencontest.contest.internal.Deadline;
import org.opencontest.contest.internal.TimelineViolation;
import org.opencontest.shared.time.ZoneDisplay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.contest.PhaseKind.INCUBATION;
import static org.opencontest.contest.PhaseKind.JUDGING;
import static org.opencontest.contest.PhaseKind.REGISTRATION;
import static org.opencontest.contest.PhaseKind.RESULTS;
import static org.opencontest.contest.PhaseKind.SUBMISSION;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opencontest.shared.i18n.SupportedLocales;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The timeline rules, without Spring: order, overlap, inverted phases, current phase and next deadline. */
class TimelineTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Registration 1–20 Mar, submission 10 Mar–1 Apr (overlap allowed), judging 1–15 Apr, results 20–21 Apr. */
    private static final Timeline SODA = Timeline.of(List.of(
            phase(RESULTS, "2026-04-20T00:00:00Z", "2026-04-21T00:00:00Z"),
            phase(REGISTRATION, "2026-03-01T00:00:00Z", "2026-03-20T00:00:00Z"),
            phase(JUDGING, "2026-04-01T00:00:00Z", "2026-04-15T00:00:00Z"),
            phase(SUBMISSION, "2026-03-10T00:00:00Z", "2026-04-01T00:00:00Z")));

    @Nested
    class Rules {

        @Test
        void phasesAreSortedIntoTheRequiredOrder() {
            assertThat(SODA.phases()).extracting(PhaseWindow::kind)
                    .containsExactly(REGISTRATION, SUBMISSION, JUDGING, RESULTS);
        }

        @Test
        void gapsAndMissingPhasesAreAllowed() {
            Timeline timeline = Timeline.of(List.of(
                    phase(SUBMISSION, "2026-03-01T00:00:00Z", "2026-03-10T00:00:00Z"),
                    phase(INCUBATION, "2026-06-01T00:00:00Z", "2026-12-01T00:00:00Z")));
            assertThat(timeline.phases()).hasSize(2);
            assertThat(Timeline.of(List.of())).isEqualTo(Timeline.empty());
        }

        @Test
        void aPhaseMustOpenBeforeItCloses() {
            assertViolation(List.of(phase(JUDGING, "2026-04-15T00:00:00Z", "2026-04-01T00:00:00Z")),
                    "contest.timeline.error.inverted", JUDGING);
            assertViolation(List.of(phase(JUDGING, "2026-04-01T00:00:00Z", "2026-04-01T00:00:00Z")),
                    "contest.timeline.error.inverted", JUDGING);
        }

        @Test
        void bothInstantsAreRequired() {
            assertViolation(List.of(new PhaseWindow(RESULTS, null, Instant.parse("2026-04-01T00:00:00Z"))),
                    "contest.timeline.error.missing", RESULTS);
        }

        @Test
        void atMostOnePhasePerKind() {
            assertViolation(List.of(
                            phase(JUDGING, "2026-04-01T00:00:00Z", "2026-04-05T00:00:00Z"),
                            phase(JUDGING, "2026-04-10T00:00:00Z", "2026-04-15T00:00:00Z")),
                    "contest.timeline.error.duplicate", JUDGING);
        }

        @Test
        void phasesOtherThanRegistrationMayNotOverlap() {
            assertViolation(List.of(
                            phase(SUBMISSION, "2026-03-10T00:00:00Z", "2026-04-02T00:00:00Z"),
                            phase(JUDGING, "2026-04-01T00:00:00Z", "2026-04-15T00:00:00Z")),
                    "contest.timeline.error.overlap", SUBMISSION, JUDGING);
            // registration may overlap submission, but not judging
            assertViolation(List.of(
                            phase(REGISTRATION, "2026-03-01T00:00:00Z", "2026-04-05T00:00:00Z"),
                            phase(JUDGING, "2026-04-01T00:00:00Z", "2026-04-15T00:00:00Z")),
                    "contest.timeline.error.overlap", REGISTRATION, JUDGING);
        }

        @Test
        void touchingPhasesDoNotOverlap() {
            Timeline timeline = Timeline.of(List.of(
                    phase(JUDGING, "2026-04-01T00:00:00Z", "2026-04-15T00:00:00Z"),
                    phase(RESULTS, "2026-04-15T00:00:00Z", "2026-04-16T00:00:00Z")));
            assertThat(timeline.phases()).hasSize(2);
        }

        @Test
        void aLaterKindMayNotComeFirst() {
            assertViolation(List.of(
                            phase(JUDGING, "2026-05-01T00:00:00Z", "2026-05-15T00:00:00Z"),
                            phase(RESULTS, "2026-04-01T00:00:00Z", "2026-04-02T00:00:00Z")),
                    "contest.timeline.error.order", JUDGING, RESULTS);
        }

        @Test
        void registrationMayOverlapSubmissionButNotOutlastOrPrecedeIt() {
            assertThat(SODA.phase(REGISTRATION)).isPresent();
            assertViolation(List.of(
                            phase(REGISTRATION, "2026-03-12T00:00:00Z", "2026-03-20T00:00:00Z"),
                            phase(SUBMISSION, "2026-03-10T00:00:00Z", "2026-04-01T00:00:00Z")),
                    "contest.timeline.error.registrationOpensLate", REGISTRATION, SUBMISSION);
            assertViolation(List.of(
                            phase(REGISTRATION, "2026-03-01T00:00:00Z", "2026-04-02T00:00:00Z"),
                            phase(SUBMISSION, "2026-03-10T00:00:00Z", "2026-04-01T00:00:00Z")),
                    "contest.timeline.error.registrationClosesLate", REGISTRATION, SUBMISSION);
        }

        @Test
        void violationsReadWellInBothLanguages() {
            ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
            messages.setBasename("i18n/messages");
            messages.setDefaultEncoding("UTF-8");
            messages.setFallbackToSystemLocale(false);
            TimelineViolation violation = catchViolation(List.of(
                    phase(SUBMISSION, "2026-03-10T00:00:00Z", "2026-04-02T00:00:00Z"),
                    phase(JUDGING, "2026-04-01T00:00:00Z", "2026-04-15T00:00:00Z")));

            assertThat(messages.getMessage(violation.getMessageKey(), violation.getArguments(), Locale.ENGLISH))
                    .startsWith("Submission must close before Judging opens");
            assertThat(messages.getMessage(violation.getMessageKey(), violation.getArguments(), SupportedLocales.CHINESE))
                    .startsWith("作品提交必须在评审开始前结束");
        }
    }

    @Nested
    class Now {

        @Test
        void nothingIsOpenBeforeTheFirstPhase() {
            Instant now = Instant.parse("2026-02-01T00:00:00Z");
            assertThat(SODA.currentPhase(now)).isEmpty();
            assertThat(SODA.stage(now)).isEqualTo(Timeline.Stage.UPCOMING);
            assertThat(SODA.nextDeadline(now)).contains(
                    new Deadline(REGISTRATION, Deadline.Boundary.OPENS, Instant.parse("2026-03-01T00:00:00Z")));
        }

        @Test
        void aPhaseIsOpenFromItsOpeningInclusiveToItsClosingExclusive() {
            assertThat(SODA.currentPhase(Instant.parse("2026-03-01T00:00:00Z"))).map(PhaseWindow::kind)
                    .contains(REGISTRATION);
            assertThat(SODA.currentPhase(Instant.parse("2026-04-15T00:00:00Z"))).isEmpty();
        }

        @Test
        void duringTheOverlapBothAreOpenAndSubmissionIsCurrent() {
            Instant now = Instant.parse("2026-03-15T00:00:00Z");
            assertThat(SODA.openAt(now)).extracting(PhaseWindow::kind).containsExactly(REGISTRATION, SUBMISSION);
            assertThat(SODA.currentPhase(now)).map(PhaseWindow::kind).contains(SUBMISSION);
            assertThat(SODA.stage(now)).isEqualTo(Timeline.Stage.OPEN);
            assertThat(SODA.nextDeadline(now)).contains(
                    new Deadline(REGISTRATION, Deadline.Boundary.CLOSES, Instant.parse("2026-03-20T00:00:00Z")));
        }

        @Test
        void aClosingWinsOverAnOpeningAtTheSameInstant() {
            Instant now = Instant.parse("2026-03-25T00:00:00Z");
            assertThat(SODA.nextDeadline(now)).contains(
                    new Deadline(SUBMISSION, Deadline.Boundary.CLOSES, Instant.parse("2026-04-01T00:00:00Z")));
        }

        @Test
        void betweenPhasesTheNextOpeningIsTheDeadline() {
            Instant now = Instant.parse("2026-04-17T00:00:00Z");
            assertThat(SODA.currentPhase(now)).isEmpty();
            assertThat(SODA.stage(now)).isEqualTo(Timeline.Stage.BETWEEN_PHASES);
            assertThat(SODA.nextDeadline(now)).map(Deadline::kind).contains(RESULTS);
            assertThat(SODA.nextDeadline(now)).map(Deadline::boundary).contains(Deadline.Boundary.OPENS);
        }

        @Test
        void theCompetitionIsOverWhenOnlyIncubationRemains() {
            Timeline withIncubation = Timeline.of(List.of(
                    phase(RESULTS, "2026-04-20T00:00:00Z", "2026-04-21T00:00:00Z"),
                    phase(INCUBATION, "2026-05-01T00:00:00Z", "2026-11-01T00:00:00Z")));
            assertThat(withIncubation.isCompetitionOver(Instant.parse("2026-04-20T12:00:00Z"))).isFalse();
            assertThat(withIncubation.isCompetitionOver(Instant.parse("2026-04-25T00:00:00Z"))).isTrue();
            assertThat(withIncubation.isCompetitionOver(Instant.parse("2026-06-01T00:00:00Z"))).isTrue();
            assertThat(withIncubation.stage(Instant.parse("2026-06-01T00:00:00Z"))).isEqualTo(Timeline.Stage.OPEN);
            assertThat(SODA.isCompetitionOver(Instant.parse("2026-03-15T00:00:00Z"))).isFalse();
        }

        @Test
        void afterTheLastPhaseTheContestIsFinished() {
            Instant now = Instant.parse("2026-05-01T00:00:00Z");
            assertThat(SODA.stage(now)).isEqualTo(Timeline.Stage.FINISHED);
            assertThat(SODA.nextDeadline(now)).isEmpty();
            assertThat(SODA.end()).contains(Instant.parse("2026-04-21T00:00:00Z"));
            assertThat(Timeline.empty().stage(now)).isEqualTo(Timeline.Stage.NO_TIMELINE);
        }
    }

    @Nested
    class TimeZoneDisplay {

        private final Instant winter = Instant.parse("2026-01-15T01:00:00Z");
        private final Instant summer = Instant.parse("2026-07-15T01:00:00Z");

        @Test
        void aViewerInTheContestZoneSeesOneTime() {
            assertThat(ZoneDisplay.zonesToShow(winter, SHANGHAI, SHANGHAI)).containsExactly(SHANGHAI);
            assertThat(ZoneDisplay.zonesToShow(winter, SHANGHAI, ZoneId.of("Asia/Hong_Kong"))).containsExactly(SHANGHAI);
        }

        @Test
        void aViewerElsewhereSeesBothTimesContestZoneFirst() {
            ZoneId newYork = ZoneId.of("America/New_York");
            assertThat(ZoneDisplay.zonesToShow(winter, SHANGHAI, newYork)).containsExactly(SHANGHAI, newYork);
            // JDKs differ in the space before AM/PM (plain or narrow no-break), so compare with plain spaces
            assertThat(ZoneDisplay.format(winter, SHANGHAI, newYork, Locale.ENGLISH))
                    .map(line -> line.replace('\u202F', ' '))
                    .containsExactly("Jan 15, 2026, 9:00 AM (Asia/Shanghai)", "Jan 14, 2026, 8:00 PM (America/New_York)");
        }

        @Test
        void whetherZonesDifferDependsOnDaylightSavingTime() {
            ZoneId london = ZoneId.of("Europe/London");
            assertThat(ZoneDisplay.zonesToShow(winter, ZoneId.of("UTC"), london)).hasSize(1);
            assertThat(ZoneDisplay.zonesToShow(summer, ZoneId.of("UTC"), london)).hasSize(2);
        }

        @Test
        void chineseViewersSeeChineseDates() {
            assertThat(ZoneDisplay.format(winter, SHANGHAI, SHANGHAI, SupportedLocales.CHINESE))
                    .singleElement().asString().startsWith("2026年1月15日").endsWith("(Asia/Shanghai)");
        }
    }

    private static PhaseWindow phase(PhaseKind kind, String opens, String closes) {
        return new PhaseWindow(kind, Instant.parse(opens), Instant.parse(closes));
    }

    private static void assertViolation(List<PhaseWindow> phases, String key, PhaseKind... named) {
        TimelineViolation violation = catchViolation(phases);
        assertThat(violation.getMessageKey()).isEqualTo(key);
        assertThat(violation.getArguments()).containsExactly((Object[]) named);
    }

    private static TimelineViolation catchViolation(List<PhaseWindow> phases) {
        assertThatThrownBy(() -> Timeline.of(phases)).isInstanceOf(TimelineViolation.class);
        try {
            Timeline.of(phases);
            throw new AssertionError("unreachable");
        } catch (TimelineViolation violation) {
            return violation;
        }
    }
}
