package org.opencontest.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.opencontest.judging.JudgingFixtures.assertRefused;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.opencontest.account.RecordedMails;
import org.opencontest.account.TestAccounts;
import org.opencontest.contest.internal.Deadline;
import org.opencontest.contest.internal.TimelineChange;
import org.opencontest.contest.internal.TimelineChangePreview;
import org.opencontest.judging.ScoringFixtures;
import org.opencontest.notification.internal.EmbeddedMailServer;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.submission.SubmissionDrafts;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.SubmissionFixtures.Scenario;
import org.opencontest.support.EventPublications;
import org.opencontest.support.IntegrationTest;
import org.opencontest.support.MailText;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Changing the timeline of a published contest: the service's rules (reason, past deadlines, who may), the affected
 * teams, the record on the public page and the mails to teams that have not submitted, in English and Chinese.
 */
class TimelineChangeIT extends IntegrationTest {

    private static final String TIMELINE_TEMPLATE = "submission.timeline-shortened";

    @Autowired ContestService contests;
    @Autowired TeamService teams;
    @Autowired SubmissionDrafts drafts;
    @Autowired ScoringFixtures scoring;
    @Autowired TestAccounts accounts;
    @Autowired EmbeddedMailServer smtp;
    @Autowired RecordedMails recordedMails;
    @Autowired EventPublications publications;
    @Autowired Clock clock;

    @Test
    void shorteningNeedsAReasonIsListedPubliclyAndMailsTheTeamInEachMembersLanguage() throws Exception {
        AppPrincipal leader = accounts.create(Role.PARTICIPANT);
        AppPrincipal member = accounts.create(Role.PARTICIPANT, ZoneId.of("Asia/Shanghai"), SupportedLocales.CHINESE);
        Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant(), leader, member);
        ContestEditState before = as(s.organiser(), () -> contests.edit(s.contestId()));
        Instant oldClose = before.input().phases().get(1).closes();
        ContestInput earlier = withSubmissionClosing(before.input(), oldClose.minus(Duration.ofDays(3)));

        TimelineChangePreview preview = as(s.organiser(), () -> contests.previewTimelineChange(s.contestId(), earlier));
        assertThat(preview.shortening()).isTrue();
        assertThat(preview.closesInPast()).isFalse();
        assertThat(preview.shifts()).containsExactly(new TimelineShift(PhaseKind.SUBMISSION, Deadline.Boundary.CLOSES,
                oldClose, oldClose.minus(Duration.ofDays(3))));
        assertThat(preview.affected()).isEqualTo(new AffectedTeams(1, 0));
        as(member, () -> drafts.upload(s.contestId(), SubmissionFixtures.pdf(), "draft.pdf", clock.instant()));
        assertThat(as(s.organiser(), () -> contests.previewTimelineChange(s.contestId(), earlier)).affected())
                .as("a team with an upload has a draft in progress").isEqualTo(new AffectedTeams(1, 1));

        // only the contest's organisers may look or change
        AppPrincipal stranger = person(Role.ORGANISER);
        assertThatThrownBy(() -> as(stranger, () -> contests.previewTimelineChange(s.contestId(), earlier)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(stranger, () -> contests.update(s.contestId(), before.version(), earlier,
                TimelineChangeNote.because("Mine now")))).isInstanceOf(NotFoundException.class);

        // the service refuses a shortening without a reason, whatever the view did
        assertRefused(s.organiser(), () -> contests.update(s.contestId(), before.version(), earlier),
                "contest.change.error.reason");
        assertRefused(s.organiser(), () -> contests.update(s.contestId(), before.version(), earlier,
                TimelineChangeNote.because("  ")), "contest.change.error.reason");
        assertThat(as(s.organiser(), () -> contests.edit(s.contestId())).input().phases())
                .isEqualTo(before.input().phases());
        assertThat(anonymously(() -> contests.timelineChanges(s.contestId()))).isEmpty();

        as(s.organiser(), () -> contests.update(s.contestId(), before.version(), earlier,
                TimelineChangeNote.because("The city needs the servers back early.")));
        List<TimelineChange> changes = anonymously(() -> contests.timelineChanges(s.contestId()));
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.reason()).isEqualTo("The city needs the servers back early.");
            assertThat(change.shifts()).isEqualTo(preview.shifts());
        });

        MimeMessage english = awaitTimelineMail(leader, "New deadlines for ");
        assertThat(recordedMails.to(leader.email(), TIMELINE_TEMPLATE)).hasSize(1);
        assertThat(english.getSubject()).contains("Open Data Test Cup");
        assertThat(MailText.textOf(english)).contains("The city needs the servers back early.",
                "Submission closes: ", "Asia/Shanghai", "/contests/" + s.slug());
        MimeMessage chinese = awaitTimelineMail(member, "开放数据测试杯");
        assertThat(chinese.getSubject()).endsWith("的截止时间已调整");
        assertThat(MailText.textOf(chinese)).contains("作品提交截止：", "原因：The city needs the servers back early.");
    }

    @Test
    void extendingNeedsNoReasonClosingInThePastNeedsConfirmationAndSubmittedTeamsAreNotMailed() throws Exception {
        AppPrincipal leader = accounts.create(Role.PARTICIPANT);
        AppPrincipal member = accounts.create(Role.PARTICIPANT);
        Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant(), leader, member);
        ContestEditState before = as(s.organiser(), () -> contests.edit(s.contestId()));
        Instant oldClose = before.input().phases().get(1).closes();

        ContestEditState extended = as(s.organiser(), () -> contests.update(s.contestId(), before.version(),
                withSubmissionClosing(before.input(), oldClose.plus(Duration.ofDays(1)))));
        assertThat(anonymously(() -> contests.timelineChanges(s.contestId()))).singleElement()
                .satisfies(change -> assertThat(change.reason()).isNull());

        scoring.submit(member, s.contestId(), "Crash Map");
        Instant past = clock.instant().minus(Duration.ofMinutes(5));
        ContestInput closed = withPhases(extended.input(), List.of(
                new PhaseWindow(PhaseKind.REGISTRATION, past.minus(Duration.ofDays(3)), past.minus(Duration.ofDays(1))),
                new PhaseWindow(PhaseKind.SUBMISSION, past.minus(Duration.ofDays(2)), past)));
        TimelineChangePreview preview = as(s.organiser(), () -> contests.previewTimelineChange(s.contestId(), closed));
        assertThat(preview.closesInPast()).isTrue();
        assertThat(preview.affected()).as("the only team has submitted").isEqualTo(AffectedTeams.NONE);
        assertRefused(s.organiser(), () -> contests.update(s.contestId(), extended.version(), closed,
                TimelineChangeNote.because("Data licence withdrawn")), "contest.change.error.past");
        as(s.organiser(), () -> contests.update(s.contestId(), extended.version(), closed,
                TimelineChangeNote.closingNow("Data licence withdrawn")));
        assertThat(anonymously(() -> contests.timelineChanges(s.contestId()))).hasSize(2)
                .first().satisfies(change -> {
                    assertThat(change.reason()).isEqualTo("Data licence withdrawn");
                    assertThat(change.shifts()).extracting(TimelineShift::kind).contains(PhaseKind.JUDGING);
                });

        // both changes are handled (their listeners done): the team that submitted was asked no mail
        publications.awaitHandled(TimelineChanged.class, change -> change.contestId() == s.contestId());
        for (AppPrincipal person : List.of(leader, member)) {
            assertThat(recordedMails.to(person.email(), TIMELINE_TEMPLATE)).as(person.email()).isEmpty();
            assertThat(timelineMail(person, "New deadlines for ")).as(person.email()).isEmpty();
        }
    }

    private MimeMessage awaitTimelineMail(AppPrincipal person, String subjectPart) {
        return await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> timelineMail(person, subjectPart), Optional::isPresent).orElseThrow();
    }

    private Optional<MimeMessage> timelineMail(AppPrincipal person, String subjectPart) {
        return smtp.receivedMessagesFor(person.email()).stream().filter(mail -> {
            try {
                return mail.getSubject().contains(subjectPart);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst();
    }

    private static ContestInput withSubmissionClosing(ContestInput input, Instant closes) {
        return withPhases(input, input.phases().stream().map(phase -> phase.kind() == PhaseKind.SUBMISSION
                ? new PhaseWindow(phase.kind(), phase.opens(), closes) : phase).toList());
    }

    private static ContestInput withPhases(ContestInput input, List<PhaseWindow> phases) {
        return new ContestInput(input.slug(), input.title(), input.summary(), input.description(), input.rules(),
                input.theme(), input.zone(), input.teamSizeMin(), input.teamSizeMax(), input.tracks(), input.prizes(),
                phases);
    }
}
