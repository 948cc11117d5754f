package org.opencontest.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.opencontest.notification.MailTestSupport.PATIENCE;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.account.RecordedMails;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestService;
import org.opencontest.notification.internal.DailyDigest;
import org.opencontest.notification.internal.Delivery;
import org.opencontest.notification.internal.MailOutbox;
import org.opencontest.notification.internal.MailStatus;
import org.opencontest.notification.internal.NotificationCategory;
import org.opencontest.notification.internal.NotificationCentre;
import org.opencontest.notification.internal.NotificationRow;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.opencontest.support.MovableClock;
import org.opencontest.support.ThreadStatements;
import org.opencontest.team.Enrolment;
import org.opencontest.team.RegisteredTeam;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notification centre through the real mail listener and database: a mail-causing action lands in the
 * recipient's centre in their language, preferences decide between mail, notification and nothing, the daily digest
 * goes out when the (moved) clock says so, and nobody sees or touches another user's notifications.
 */
class NotificationCentreIT extends IntegrationTest {

    @Autowired
    NotificationCentre centre;
    @Autowired
    DailyDigest digest;
    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    RecordedMails recorded;
    @Autowired
    MailOutbox outbox;
    @Autowired
    CompletedEventPublications completed;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    RealAccounts accounts;
    @Autowired
    MovableClock clock;

    MailTestSupport mail;
    @BeforeEach
    void setUp() {
        mail = new MailTestSupport(transactions, events, outbox);
    }

    @Test
    void aMemberJoiningLandsInTheLeadersCentreInTheirLanguageAndIsStillMailed() {
        AppPrincipal leader = accounts.create(Role.PARTICIPANT, SupportedLocales.CHINESE);
        ContestEditState contest = TeamFixtures.publishedContest(contests, person(Role.ORGANISER), clock.instant());
        String teamName = TeamFixtures.uniqueName();
        RegisteredTeam team = TeamFixtures.register(teams, contests, leader, contest.id(), teamName);
        AppPrincipal joiner = person(Role.PARTICIPANT);

        as(joiner, () -> teams.joinByCode(team.inviteCode(), Enrolment.consenting()));

        awaitUnread(leader, 1);
        NotificationRow row = as(leader, () -> centre.page(0, 10)).get(0);
        assertThat(row.category()).isEqualTo(NotificationCategory.TEAM);
        assertThat(row.title()).contains(teamName).containsPattern("\\p{IsHan}");
        assertThat(row.summary()).contains(joiner.displayName()).doesNotContain("你好");
        assertThat(row.link()).endsWith("/teams/" + team.teamId());
        assertThat(row.unread()).isTrue();
        mail.awaitMail(leader.email(), MailStatus.SENT);
    }

    @Test
    void preferencesDecideBetweenMailNotificationAndNothing() {
        AppPrincipal reader = accounts.create(Role.PARTICIPANT, Locale.ENGLISH);
        as(reader, () -> {
            centre.choose(NotificationCategory.TEAM, Delivery.OFF);
            centre.choose(NotificationCategory.JUDGING, Delivery.IN_APP_ONLY);
            centre.choose(NotificationCategory.JUDGING, Delivery.IN_APP_ONLY);
            return null;
        });
        assertThat(as(reader, centre::preferences)).containsEntry(NotificationCategory.TEAM, Delivery.OFF)
                .containsEntry(NotificationCategory.JUDGING, Delivery.IN_APP_ONLY)
                .containsEntry(NotificationCategory.INCUBATION, Delivery.MAIL_AND_IN_APP);

        handled(mail.request(reader.email(), Locale.ENGLISH, "team.message",
                Map.of("name", "R", "body", "Switched off", "contest", "Cup", "link", "https://x.example/t")));
        handled(mail.request(reader.email(), Locale.ENGLISH, "judging.reminder",
                Map.of("name", "R", "link", "https://x.example/j")));
        handled(mail.request(reader.email(), Locale.ENGLISH, "account.password-reset",
                Map.of("name", "R", "link", "https://x.example/reset?token=1")));

        assertThat(as(reader, () -> centre.page(0, 10))).extracting(NotificationRow::category)
                .containsExactly(NotificationCategory.JUDGING);
        assertThat(mail.mailTo(reader.email())).hasValueSatisfying(
                only -> assertThat(only.template()).as("security mails always go, in-app only holds the mail back")
                        .isEqualTo("account.password-reset"));
    }

    @Test
    void theDailyDigestMailsWhatArrivedSinceTheLastOneOnceTheClockSaysSo() {
        AppPrincipal reader = accounts.create(Role.PARTICIPANT, Locale.ENGLISH);
        as(reader, () -> {
            centre.choose(NotificationCategory.INCUBATION, Delivery.DIGEST);
            return null;
        });
        handled(mail.request(reader.email(), Locale.ENGLISH, "incubation.reminder-on-due",
                Map.of("name", "R", "link", "https://x.example/milestone/1")));
        assertThat(mail.mailTo(reader.email())).as("no single mail for a digest category").isEmpty();
        assertThat(as(reader, centre::unreadCount)).isEqualTo(1);

        clock.advance(Duration.ofDays(1));
        digest.sendDue();
        digest.sendDue();

        List<MailRequested> digests = recorded.to(reader.email(), "notification.digest");
        assertThat(digests).as("one digest, and nothing left for a second run").hasSize(1);
        assertThat(digests.get(0).model().get("items")).contains("https://x.example/milestone/1");
        assertThat(digests.get(0).model().get("count")).isEqualTo("1");
        mail.awaitMail(reader.email(), MailStatus.SENT);
    }

    @Test
    void nobodySeesOrTouchesAnotherUsersNotifications() {
        AppPrincipal owner = accounts.create(Role.PARTICIPANT, Locale.ENGLISH);
        AppPrincipal other = accounts.create(Role.PARTICIPANT, Locale.ENGLISH);
        handled(mail.request(owner.email(), Locale.ENGLISH, "judging.reminder",
                Map.of("name", "O", "link", "https://x.example/j")));
        long id = as(owner, () -> centre.page(0, 10)).get(0).id();

        assertThat(as(other, () -> centre.page(0, 10))).isEmpty();
        assertThat(as(other, centre::unreadCount)).isZero();
        assertThatThrownBy(() -> as(other, () -> {
            centre.markRead(id);
            return null;
        })).isInstanceOf(NotFoundException.class);
        as(other, () -> {
            centre.markAllRead();
            return null;
        });
        assertThat(as(owner, centre::unreadCount)).as("the other's mark-all-read left mine alone").isEqualTo(1);
        assertThatThrownBy(() -> anonymously(centre::count)).isInstanceOf(AccessDeniedException.class);

        as(owner, () -> {
            centre.markRead(id);
            centre.markRead(id);
            return null;
        });
        assertThat(as(owner, centre::unreadCount)).isZero();
    }

    @Test
    void aPageOfTheCentreTakesTheSameStatementsWhateverItsLength() {
        AppPrincipal few = accounts.create(Role.PARTICIPANT, Locale.ENGLISH);
        AppPrincipal many = accounts.create(Role.PARTICIPANT, Locale.ENGLISH);
        handled(mail.request(few.email(), Locale.ENGLISH, "judging.reminder", Map.of("link", "https://x.example/1")));
        for (int i = 0; i < 25; i++) {
            handled(mail.request(many.email(), Locale.ENGLISH, "judging.reminder",
                    Map.of("link", "https://x.example/" + i)));
        }

        long shortPage = ThreadStatements.count(() -> as(few, () -> centre.page(0, 20)));
        long fullPage = ThreadStatements.count(() -> as(many, () -> centre.page(0, 20)));

        assertThat(as(many, () -> centre.page(0, 20))).hasSize(20);
        assertThat(fullPage).isEqualTo(shortPage).isLessThanOrEqualTo(2);
    }

    private void awaitUnread(AppPrincipal user, long count) {
        await().atMost(PATIENCE).until(() -> as(user, centre::unreadCount) == count);
    }

    /** Waits until the mail listener has handled the request (stored, held back or dropped). */
    private void handled(MailRequested request) {
        await().atMost(PATIENCE).until(() -> completed.findAll().stream()
                .filter(publication -> request.equals(publication.getEvent()))
                .anyMatch(publication -> ((TargetEventPublication) publication).getTargetIdentifier().getValue()
                        .contains("MailRequestListener")));
    }
}
