package org.opencontest.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.opencontest.judging.JudgingFixtures.assertRefused;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.mail.MessagingException;

import org.opencontest.judging.internal.JudgingLog;
import org.junit.jupiter.api.Test;
import org.opencontest.account.TestAccounts;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.internal.AwardDetail;
import org.opencontest.judging.internal.GalleryEntry;
import org.opencontest.judging.internal.ResultsGallery;
import org.opencontest.judging.internal.ResultsPublished;
import org.opencontest.notification.MailRequested;
import org.opencontest.notification.internal.EmbeddedMailServer;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.SubmissionFixtures.Scenario;
import org.opencontest.submission.VersionDetail;
import org.opencontest.support.EventPublications;
import org.opencontest.support.IntegrationTest;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Awards, publication and the public gallery against PostgreSQL, with the results mail through the SMTP server. */
class ResultsPublicationIT extends IntegrationTest {

    @Autowired ResultsDesk desk;
    @Autowired PublishedResults published;
    @Autowired AwardedEntries awardedEntries;
    @Autowired JudgingLog judgingLog;
    @Autowired ContestService contests;
    @Autowired TeamService teams;
    @Autowired ScoringFixtures scoring;
    @Autowired TestAccounts accounts;
    @Autowired EmbeddedMailServer smtp;
    @Autowired JdbcTemplate jdbc;
    @Autowired EventPublications publications;
    @Autowired Clock clock;

    @Test
    void awardsAreLoggedAndStayPrivateUntilPublishedInTheResultsPhase() {
        AppPrincipal leader = accounts.create(Role.PARTICIPANT);
        AppPrincipal member = accounts.create(Role.PARTICIPANT);
        Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant(), leader, member);
        VersionDetail version = scoring.submit(member, s.contestId(), "Crash Map");

        AwardDetail prize = as(s.organiser(), () -> desk.award(s.contestId(),
                AwardInput.prize(version.summary().id(), 0, "Highest normalised score in the final")));
        AwardDetail special = as(s.organiser(), () -> desk.award(s.contestId(), AwardInput.special(
                version.summary().id(), new LocalizedText("Best use of data", "最佳数据运用奖"), "Jury's choice")));
        assertThat(prize.rank()).isEqualTo(1);
        assertThat(prize.award().en()).isEqualTo("First prize");
        assertThat(special.rank()).isNull();
        assertThat(jdbc.queryForList("SELECT kind FROM judging_log WHERE contest_id = ? ORDER BY sequence",
                String.class, s.contestId())).containsExactly("AWARD", "AWARD");
        assertThat(as(s.organiser(), () -> judgingLog.verify(s.contestId())).intact()).isTrue();

        // nobody outside sees anything before publication
        assertThat(anonymously(() -> awardedEntries.awarded(s.contestId()))).isEmpty();
        assertThatThrownBy(() -> anonymously(() -> published.gallery(s.slug())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(person(Role.ORGANISER), () -> desk.state(s.contestId())))
                .isInstanceOf(NotFoundException.class);

        // the submission phase is still open: too early
        assertRefused(s.organiser(), () -> desk.publish(s.contestId()), "judging.results.error.notResultsPhase");
        ResultsFixtures.resultsPhaseIn(contests, s.organiser(), s.contestId(), clock.instant(), Duration.ofDays(2));
        assertRefused(s.organiser(), () -> desk.publish(s.contestId()), "judging.results.error.notResultsPhase");

        ResultsFixtures.resultsPhaseIn(contests, s.organiser(), s.contestId(), clock.instant(), Duration.ofHours(-1));
        ResultsState first = as(s.organiser(), () -> desk.publish(s.contestId()));
        ResultsState again = as(s.organiser(), () -> desk.publish(s.contestId()));
        assertThat(again.publishedAt()).isEqualTo(first.publishedAt());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM judging_log WHERE contest_id = ? AND kind = ?",
                Integer.class, s.contestId(), "RESULTS_PUBLISHED")).isEqualTo(1);

        List<AwardedEntry> awarded = anonymously(() -> awardedEntries.awarded(s.contestId()));
        assertThat(awarded).extracting(AwardedEntry::rank).containsExactly(1, null);
        assertThat(awarded.get(0).teamId()).isEqualTo(s.teamId());
        assertThat(awarded.get(0).submissionId()).isEqualTo(version.summary().submissionId());
        assertThat(awarded.get(0).title().en()).isEqualTo("Crash Map");
        ResultsGallery gallery = anonymously(() -> published.gallery(s.slug()));
        assertThat(gallery.awards()).extracting(GalleryEntry::teamName).containsOnly(version.summary().teamName());
        assertThat(gallery.awards().get(0).summary().en()).isEqualTo("What it does");
        assertThat(gallery.method()).as("no rounds: the gallery states no method").isNull();

        assertRefused(s.organiser(), () -> desk.award(s.contestId(), AwardInput.special(version.summary().id(),
                new LocalizedText("Late", "迟到"), "after publication")), "judging.results.error.published");

        // each member gets the mail once, although the organiser published twice: once the results event and the
        // mail requests it caused are handled, the outbox holds all the results mails there will be
        for (AppPrincipal person : List.of(leader, member)) {
            await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                    .until(() -> resultsMails(person) == 1);
        }
        publications.awaitHandled(ResultsPublished.class, event -> event.contestId() == s.contestId());
        for (AppPrincipal person : List.of(leader, member)) {
            publications.awaitHandled(MailRequested.class, request -> request.recipient().equals(person.email()));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbound_mail WHERE recipient = ? AND subject LIKE ?",
                    Integer.class, person.email(), "Results of %")).as(person.email()).isEqualTo(1);
            assertThat(resultsMails(person)).as(person.email()).isEqualTo(1);
        }
    }

    /** Results mails the SMTP server received for the person (they also got a sign-up mail, and team mails). */
    private long resultsMails(AppPrincipal person) {
        return smtp.receivedMessagesFor(person.email()).stream().filter(mail -> {
            try {
                return mail.getSubject().startsWith("Results of ");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    @Test
    void anAwardNeedsAReasonAndAVersionOfThisContest() {
        Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        Scenario other = SubmissionFixtures.scenario(contests, teams, clock.instant());
        VersionDetail foreign = scoring.submit(other.member(), other.contestId(), "Elsewhere");
        VersionDetail own = scoring.submit(s.member(), s.contestId(), "Here");

        assertRefused(s.organiser(), () -> desk.award(s.contestId(), AwardInput.prize(own.summary().id(), 0, " ")),
                "judging.results.award.error.reason");
        assertThatThrownBy(() -> as(s.organiser(), () -> desk.award(s.contestId(),
                AwardInput.prize(foreign.summary().id(), 0, "why not")))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(s.organiser(), () -> desk.award(s.contestId(),
                AwardInput.prize(own.summary().id(), 7, "no such prize")))).isInstanceOf(NotFoundException.class);
        as(s.organiser(), () -> desk.award(s.contestId(), AwardInput.prize(own.summary().id(), 0, "best")));
        assertRefused(s.organiser(), () -> desk.award(s.contestId(),
                AwardInput.prize(own.summary().id(), 0, "twice")), "judging.results.award.error.duplicate");
    }
}
