package org.opencontest.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;
import static org.opencontest.support.MailText.textOf;
import static org.opencontest.team.TeamFixtures.uniqueName;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.opencontest.account.AccountService;
import org.opencontest.account.RecordedMails;
import org.opencontest.account.SignUpRequest;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestService;
import org.opencontest.notification.internal.EmbeddedMailServer;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.opencontest.support.MovableClock;
import org.opencontest.team.internal.InvitePreview;
import org.opencontest.team.internal.TeamPage;
import org.springframework.beans.factory.annotation.Autowired;

class TeamInvitationIT extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+/teams/invitation\\?token=([A-Za-z0-9_-]{43}))");

    @Autowired
    TeamService teams;

    @Autowired
    TeamInvitations invitations;

    @Autowired
    RegistrationSetup setup;

    @Autowired
    ContestService contests;

    @Autowired
    AccountService accounts;

    @Autowired
    EmbeddedMailServer smtp;

    @Autowired
    RecordedMails mails;

    @Autowired
    MovableClock clock;

    final AppPrincipal organiser = person(Role.ORGANISER);
    final AppPrincipal leader = person(Role.PARTICIPANT);

    /** A real account (the invitation mail's language comes from it) and the principal it signs in as. */
    AppPrincipal account(Locale locale) {
        String email = "invitee-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long id = accounts.signUp(new SignUpRequest(email, "Wang Fang 王芳", null, "river-levels-2027",
                "river-levels-2027", locale, ZoneId.of("Asia/Shanghai")));
        return new AppPrincipal(id, email, "Wang Fang 王芳", "", EnumSet.of(Role.PARTICIPANT), locale,
                ZoneId.of("Asia/Shanghai"), true, false);
    }

    @Test
    void theMailArrivesInTheInviteesLanguageAndItsLinkWorksOnce() throws Exception {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        RegisteredTeam team = TeamFixtures.register(teams, contests, leader, contest.id(), uniqueName());
        AppPrincipal invitee = account(Locale.SIMPLIFIED_CHINESE);

        as(leader, () -> invitations.invite(team.teamId(), invitee.email().toUpperCase()));

        // the account's verification mail goes to the same address; the invitation is the one from the leader
        MimeMessage mail = await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> invitationTo(invitee.email()), found -> found != null);
        assertThat(mail.getSubject()).startsWith(leader.displayName() + " 邀请你加入队伍 ");
        assertThat(textOf(mail)).startsWith("Wang Fang 王芳，你好：");
        Matcher link = LINK.matcher(textOf(mail));
        assertThat(link.find()).isTrue();
        String token = link.group(2);

        InvitePreview preview = anonymously(() -> invitations.preview(token));
        assertThat(preview.teamId()).isEqualTo(team.teamId());
        assertThat(preview.email()).isEqualTo(invitee.email());

        AppPrincipal someoneElse = person(Role.PARTICIPANT);
        assertThatThrownBy(() -> as(someoneElse, () -> invitations.accept(token, Enrolment.consenting())))
                .hasMessageStartingWith("team.invitation.otherAddress");

        TeamMembership joined = as(invitee, () -> invitations.accept(token, Enrolment.consenting()));
        assertThat(joined.teamId()).isEqualTo(team.teamId());
        assertThat(joined.memberCount()).isEqualTo(2);

        assertThatThrownBy(() -> as(invitee, () -> invitations.accept(token, Enrolment.consenting())))
                .hasMessageStartingWith("team.invitation.used");
        assertThatThrownBy(() -> anonymously(() -> invitations.preview(token)))
                .hasMessageStartingWith("team.invitation.used");
        assertThatThrownBy(() -> anonymously(() -> invitations.preview(token.substring(1) + "A")))
                .hasMessageStartingWith("team.invitation.invalid");
        assertThatThrownBy(() -> anonymously(() -> invitations.preview("<script>")))
                .hasMessageStartingWith("team.invitation.invalid");
    }

    @Test
    void addressesWithoutAccountGetTheLeadersLanguage() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        RegisteredTeam team = TeamFixtures.register(teams, contests, leader, contest.id(), uniqueName());
        String stranger = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        as(leader, () -> invitations.invite(team.teamId(), stranger));
        assertThat(mails.to(stranger, "team.invitation")).singleElement()
                .satisfies(mail -> {
                    assertThat(mail.locale()).isEqualTo(leader.locale());
                    assertThat(mail.model()).doesNotContainKey("name");
                });
    }

    @Test
    void aFailedAcceptanceLeavesTheInvitationOpenAndDeclineTellsTheLeader() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        RegisteredTeam team = TeamFixtures.register(teams, contests, leader, contest.id(), uniqueName());
        as(organiser, () -> setup.saveRegistration(
                new TeamSettings(contest.id(), 0, false, false, null, null, null),
                List.of(new EligibilityQuestion(null, QuestionKind.YES_NO, "I am 18 or older", "我已年满 18 岁",
                        List.of(), true, QuestionKind.YES))));
        AppPrincipal invitee = account(Locale.ENGLISH);
        as(leader, () -> invitations.invite(team.teamId(), invitee.email()));
        String token = mails.lastToken(invitee.email(), "team.invitation");

        assertThatThrownBy(() -> as(invitee, () -> invitations.accept(token, Enrolment.consenting())))
                .hasMessageStartingWith("team.error.answerRequired");
        assertThat(as(invitee, () -> invitations.preview(token)).teamId()).isEqualTo(team.teamId());

        as(invitee, () -> {
            invitations.decline(token);
            return null;
        });
        assertThat(mails.to(leader.email(), "team.invitation-declined")).hasSize(1);
        assertThatThrownBy(() -> as(invitee, () -> invitations.accept(token, Enrolment.consenting())))
                .hasMessageStartingWith("team.invitation.used");
        assertThat(as(invitee, () -> teams.myTeam(contest.id()))).isEmpty();
    }

    @Test
    void reinvitingReplacesTheLinkAndRevokedLinksAreRefused() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        RegisteredTeam team = TeamFixtures.register(teams, contests, leader, contest.id(), uniqueName());
        AppPrincipal invitee = account(Locale.ENGLISH);
        as(leader, () -> invitations.invite(team.teamId(), invitee.email()));
        String first = mails.lastToken(invitee.email(), "team.invitation");
        TeamPage.PendingInvitation second = as(leader, () -> invitations.invite(team.teamId(), invitee.email()));
        String secondToken = mails.lastToken(invitee.email(), "team.invitation");

        assertThatThrownBy(() -> as(invitee, () -> invitations.preview(first)))
                .hasMessageStartingWith("team.invitation.revoked");
        assertThat(as(leader, () -> teams.teamPage(team.teamId()).invitations()))
                .extracting(TeamPage.PendingInvitation::id).containsExactly(second.id());

        as(leader, () -> {
            invitations.revoke(second.id());
            return null;
        });
        assertThatThrownBy(() -> as(invitee, () -> invitations.accept(secondToken, Enrolment.consenting())))
                .hasMessageStartingWith("team.invitation.revoked");
    }

    @Test
    void inviteesAlreadyInAnotherTeamAndNonLeadersAreRefused() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        RegisteredTeam team = TeamFixtures.register(teams, contests, leader, contest.id(), uniqueName());
        AppPrincipal otherLeader = person(Role.PARTICIPANT);
        TeamFixtures.register(teams, contests, otherLeader, contest.id(), uniqueName());

        assertThatThrownBy(() -> as(leader, () -> invitations.invite(team.teamId(), otherLeader.email())))
                .hasMessageStartingWith("team.invitation.error.inOtherTeam");
        assertThatThrownBy(() -> as(leader, () -> invitations.invite(team.teamId(), leader.email())))
                .hasMessageStartingWith("team.invitation.error.alreadyMember");
        assertThatThrownBy(() -> as(leader, () -> invitations.invite(team.teamId(), "not an address")))
                .hasMessageStartingWith("team.invitation.error.email");
        assertThatThrownBy(() -> as(otherLeader, () -> invitations.invite(team.teamId(), "x@example.org")))
                .hasMessageStartingWith("error.notFound");
    }

    @Test
    void linksExpireAtTheLockAtTheLatest() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        RegisteredTeam team = TeamFixtures.register(teams, contests, leader, contest.id(), uniqueName());
        Instant lock = clock.instant().plus(Duration.ofHours(1));
        as(organiser, () -> setup.saveSettings(new TeamSettings(contest.id(), 0, false, false, lock, null, null)));
        AppPrincipal invitee = account(Locale.ENGLISH);
        TeamPage.PendingInvitation invited = as(leader, () -> invitations.invite(team.teamId(), invitee.email()));
        assertThat(invited.expiresAt()).isCloseTo(lock, within(1, ChronoUnit.SECONDS));
        String token = mails.lastToken(invitee.email(), "team.invitation");

        clock.advance(Duration.between(clock.instant(), invited.expiresAt()).plusSeconds(1));
        assertThatThrownBy(() -> as(invitee, () -> invitations.accept(token, Enrolment.consenting())))
                .hasMessageStartingWith("team.invitation.expired");
    }

    private MimeMessage invitationTo(String address) throws Exception {
        for (MimeMessage candidate : smtp.receivedMessagesFor(address)) {
            if (candidate.getSubject().contains("邀请你加入队伍")) {
                return candidate;
            }
        }
        return null;
    }
}
