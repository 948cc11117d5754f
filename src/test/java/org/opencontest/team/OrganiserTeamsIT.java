package org.opencontest.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;
import static org.opencontest.team.TeamFixtures.uniqueName;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opencontest.account.RecordedMails;
import org.opencontest.audit.AuditLog;
import org.opencontest.audit.AuditRecord;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestService;
import org.opencontest.notification.internal.MailFilter;
import org.opencontest.notification.internal.MailOutbox;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.support.IntegrationTest;
import org.opencontest.team.internal.ClosingSoonReminder;
import org.opencontest.team.internal.TeamExport;
import org.opencontest.team.internal.TeamMessaging;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import static org.awaitility.Awaitility.await;

/**
 * A contest's organiser at work on its teams, across the services that split the job: {@link TeamReview} (list,
 * filters, decisions), {@link TeamExport} (CSV) and {@link TeamMessaging} (messages by status).
 */
class OrganiserTeamsIT extends IntegrationTest {

    @Autowired
    TeamService teams;

    @Autowired
    RegistrationSetup setup;
    @Autowired
    TeamReview review;
    @Autowired
    TeamMessaging messaging;
    @Autowired
    TeamExport export;

    @Autowired
    ContestService contests;

    @Autowired
    RecordedMails mails;

    @Autowired
    MailOutbox outbox;

    @Autowired
    AuditLog audit;

    @Autowired
    ClosingSoonReminder reminder;

    @Autowired
    Clock clock;

    final AppPrincipal organiser = person(Role.ORGANISER);

    /** Four teams: approved pair, pending single, rejected single, approved full (max 3) with a student. */
    record Field(ContestEditState contest, RegisteredTeam pair, RegisteredTeam pending, RegisteredTeam rejected,
                 RegisteredTeam full, AppPrincipal student, List<AppPrincipal> everyone) {
    }

    Field field() {
        Instant now = clock.instant();
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, now, 2, 3,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)));
        as(organiser, () -> setup.saveRegistration(
                new TeamSettings(contest.id(), 0, true, false, null, null, null),
                List.of(new EligibilityQuestion(null, QuestionKind.YES_NO, "Are you a student?", "你是学生吗？",
                        List.of(), false, null))));
        long student = as(organiser, () -> setup.overview(contest.id())).questions().get(0).id();
        AppPrincipal[] people = new AppPrincipal[8];
        for (int i = 0; i < people.length; i++) {
            people[i] = person(Role.PARTICIPANT);
        }
        RegisteredTeam pair = TeamFixtures.register(teams, contests, people[0], contest.id(), "Pair " + uniqueName());
        as(people[1], () -> teams.joinByCode(pair.inviteCode(), Enrolment.consenting()));
        RegisteredTeam pending = TeamFixtures.register(teams, contests, people[2], contest.id(), uniqueName());
        RegisteredTeam rejected = TeamFixtures.register(teams, contests, people[3], contest.id(), uniqueName());
        RegisteredTeam full = TeamFixtures.register(teams, contests, people[4], contest.id(), "=cmd|' /C calc'!A0");
        as(people[5], () -> teams.joinByCode(full.inviteCode(), Enrolment.consenting()));
        as(people[6], () -> teams.joinByCode(full.inviteCode(), new Enrolment(Map.of(student, "YES"), true)));
        approve(pair);
        approve(full);
        TeamDetail toReject = as(organiser, () -> review.detail(rejected.teamId()));
        as(organiser, () -> review.reject(rejected.teamId(), toReject.version(), "Your members are not eligible."));
        return new Field(contest, pair, pending, rejected, full, people[6], List.of(people));
    }

    void approve(RegisteredTeam team) {
        TeamDetail detail = as(organiser, () -> review.detail(team.teamId()));
        as(organiser, () -> review.approve(team.teamId(), detail.version()));
    }

    List<Long> find(long contestId, TeamQuery query) {
        return as(organiser, () -> review.find(contestId, query, Pageable.ofSize(50))).stream()
                .map(TeamRow::id).toList();
    }

    @Test
    void theTeamListFiltersByStatusSizeTextAndAnswers() {
        Field field = field();
        long contest = field.contest().id();
        assertThat(find(contest, TeamQuery.ALL)).hasSize(4);
        assertThat(as(organiser, () -> review.count(contest, TeamQuery.ALL))).isEqualTo(4);
        assertThat(find(contest, new TeamQuery(null, TeamStatus.APPROVED, null, null, null, null)))
                .containsExactlyInAnyOrder(field.pair().teamId(), field.full().teamId());
        assertThat(find(contest, new TeamQuery(null, null, null, TeamQuery.SizeFilter.BELOW_MINIMUM, null, null)))
                .containsExactlyInAnyOrder(field.pending().teamId(), field.rejected().teamId());
        assertThat(find(contest, new TeamQuery(null, null, null, TeamQuery.SizeFilter.OPEN_SEATS, null, null)))
                .containsExactly(field.pair().teamId());
        assertThat(find(contest, new TeamQuery(null, null, null, TeamQuery.SizeFilter.FULL, null, null)))
                .containsExactly(field.full().teamId());
        assertThat(find(contest, new TeamQuery("pair ", null, null, null, null, null)))
                .containsExactly(field.pair().teamId());
        assertThat(find(contest, new TeamQuery(field.student().email().toUpperCase(), null, null, null, null, null)))
                .containsExactly(field.full().teamId());
        long question = as(organiser, () -> setup.overview(contest)).questions().get(0).id();
        assertThat(find(contest, new TeamQuery(null, null, null, null, question, QuestionKind.YES)))
                .containsExactly(field.full().teamId());
        assertThat(as(organiser, () -> review.find(contest, TeamQuery.ALL,
                PageRequest.of(0, 2, Sort.by("memberCount").descending()))))
                .extracting(TeamRow::memberCount).containsExactly(3, 2);
        assertThat(as(organiser, () -> setup.overview(contest)).countsByStatus())
                .containsEntry(TeamStatus.APPROVED, 2L).containsEntry(TeamStatus.PENDING, 1L)
                .containsEntry(TeamStatus.REJECTED, 1L);
    }

    @Test
    void rejectionsNeedAReasonThatIsMailedAndDisqualificationsAreAudited() {
        Field field = field();
        AppPrincipal rejectedLeader = field.everyone().get(3);
        assertThat(mails.to(rejectedLeader.email(), "team.rejected")).singleElement()
                .satisfies(mail -> assertThat(mail.model()).containsEntry("reason", "Your members are not eligible."));

        TeamDetail pending = as(organiser, () -> review.detail(field.pending().teamId()));
        assertThatThrownBy(() -> as(organiser, () -> review.reject(pending.id(), pending.version(), "  ")))
                .hasMessageStartingWith("team.decision.error.reason");
        assertThatThrownBy(() -> as(organiser, () -> review.approve(field.full().teamId(),
                as(organiser, () -> review.detail(field.full().teamId())).version())))
                .hasMessageStartingWith("team.error.notDecidable");

        TeamDetail full = as(organiser, () -> review.detail(field.full().teamId()));
        TeamDetail disqualified = as(organiser, () -> review.disqualify(full.id(), full.version(),
                "Submitted someone else's work."));
        assertThat(disqualified.status()).isEqualTo(TeamStatus.DISQUALIFIED);
        assertThat(disqualified.decisionReason()).isEqualTo("Submitted someone else's work.");
        List<AuditRecord> entries = SystemIdentity.call(() -> audit.search("team.disqualified",
                PageRequest.of(0, 50)).getContent());
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.subject()).contains("team:" + full.id());
            assertThat(entry.details()).isEqualTo("Submitted someone else's work.");
            assertThat(entry.actorEmail()).isEqualTo(organiser.email());
        });
        assertThat(mails.to(field.student().email(), "team.disqualified")).hasSize(1);
        assertThatThrownBy(() -> as(field.everyone().get(7), () -> teams.joinByCode(full.inviteCode(),
                Enrolment.consenting()))).hasMessageStartingWith("team.error.teamClosed");
    }

    @Test
    void otherOrganisersSeeNothing() {
        Field field = field();
        AppPrincipal stranger = person(Role.ORGANISER);
        assertThatThrownBy(() -> as(stranger, () -> setup.overview(field.contest().id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(stranger, () -> review.find(field.contest().id(), TeamQuery.ALL,
                Pageable.ofSize(10)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(stranger, () -> messaging.message(field.contest().id(), null, "Hi", "Hi")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theCsvHasOneLinePerMemberWithAnswersAndDefusedFormulas() {
        Field field = field();
        String csv = new String(as(organiser, () -> export.exportCsv(field.contest().id(), Locale.CHINESE)),
                StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + 7);
        assertThat(lines.get(0)).startsWith("\uFEFFteam_id,team,status").endsWith(",你是学生吗？");
        assertThat(csv).contains(",'=cmd|' /C calc'!A0,").contains(field.student().email() + ",")
                .contains("Your members are not eligible.");
        assertThat(lines.stream().filter(line -> line.contains(field.student().email())).findFirst().orElseThrow())
                .endsWith(",YES");
    }

    @Test
    void messagesReachExactlyTheMembersOfMatchingTeamsThroughTheOutbox() {
        Field field = field();
        long contest = field.contest().id();
        assertThat(as(organiser, () -> messaging.recipients(contest, TeamStatus.APPROVED))).isEqualTo(5);
        assertThatThrownBy(() -> as(organiser, () -> messaging.message(contest, TeamStatus.APPROVED, " ", "x")))
                .hasMessageStartingWith("team.message.error.subject");

        int sent = as(organiser, () -> messaging.message(contest, TeamStatus.APPROVED, "Kick-off on Friday",
                "Meet us at the Data Hub at 9:00."));

        assertThat(sent).isEqualTo(5);
        List<AppPrincipal> approvedMembers = List.of(field.everyone().get(0), field.everyone().get(1),
                field.everyone().get(4), field.everyone().get(5), field.everyone().get(6));
        for (AppPrincipal person : field.everyone()) {
            int expected = approvedMembers.contains(person) ? 1 : 0;
            assertThat(mails.to(person.email(), "team.message")).as(person.email()).hasSize(expected);
        }
        for (AppPrincipal person : approvedMembers) {
            await().atMost(Duration.ofSeconds(20)).until(() -> SystemIdentity.call(() -> outbox.page(
                    new MailFilter(null, person.email()), PageRequest.of(0, 20))).stream()
                    .anyMatch(mail -> mail.subject().equals("Kick-off on Friday")));
        }
        assertThat(as(organiser, () -> messaging.sentMessages(contest))).singleElement()
                .satisfies(message -> {
                    assertThat(message.recipients()).isEqualTo(5);
                    assertThat(message.status()).isEqualTo(TeamStatus.APPROVED);
                });
    }

    @Test
    void teamsBelowTheMinimumAreRemindedOnceWhenRegistrationClosesSoon() {
        Instant now = clock.instant();
        ContestEditState closingSoon = TeamFixtures.publishedContest(contests, organiser, now, 2, 3,
                now.minus(Duration.ofDays(5)), now.plus(Duration.ofHours(20)));
        AppPrincipal alone = person(Role.PARTICIPANT);
        AppPrincipal leader = person(Role.PARTICIPANT);
        TeamFixtures.register(teams, contests, alone, closingSoon.id(), uniqueName());
        RegisteredTeam complete = TeamFixtures.register(teams, contests, leader, closingSoon.id(), uniqueName());
        as(person(Role.PARTICIPANT), () -> teams.joinByCode(complete.inviteCode(), Enrolment.consenting()));
        ContestEditState later = TeamFixtures.publishedContest(contests, organiser, now, 2, 3,
                now.minus(Duration.ofDays(5)), now.plus(Duration.ofDays(20)));
        AppPrincipal early = person(Role.PARTICIPANT);
        TeamFixtures.register(teams, contests, early, later.id(), uniqueName());

        SystemIdentity.call(reminder::remindTeamsBelowMinimum);
        SystemIdentity.call(reminder::remindTeamsBelowMinimum);

        assertThat(mails.to(alone.email(), "team.closing-soon")).singleElement()
                .satisfies(mail -> assertThat(mail.model()).containsEntry("minimum", "2").containsEntry("count", "1"));
        assertThat(mails.to(leader.email(), "team.closing-soon")).isEmpty();
        assertThat(mails.to(early.email(), "team.closing-soon")).isEmpty();
    }
}
