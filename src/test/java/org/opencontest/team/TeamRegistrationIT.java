package org.opencontest.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;
import static org.opencontest.team.TeamFixtures.uniqueName;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opencontest.account.RecordedMails;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.time.ZonedMoment;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class TeamRegistrationIT extends IntegrationTest {

    @Autowired
    TeamService teams;

    @Autowired
    RegistrationSetup setup;
    @Autowired
    TeamReview review;

    @Autowired
    ContestService contests;

    @Autowired
    RecordedMails mails;

    @Autowired
    Clock clock;

    final AppPrincipal organiser = person(Role.ORGANISER);
    final AppPrincipal leader = person(Role.PARTICIPANT);
    final AppPrincipal member = person(Role.PARTICIPANT);

    ContestEditState contest() {
        return TeamFixtures.publishedContest(contests, organiser, clock.instant());
    }

    @Test
    void registerJoinWithCodeAndApprove() {
        ContestEditState contest = contest();
        as(organiser, () -> setup.saveSettings(
                new TeamSettings(contest.id(), 0, true, false, null, null, null)));

        RegisteredTeam registered = TeamFixtures.register(teams, contests, leader, contest.id(), uniqueName());
        assertThat(registered.status()).isEqualTo(TeamStatus.PENDING);
        assertThat(registered.inviteCode()).hasSize(10);

        TeamMembership joined = as(member, () -> teams.joinByCode(
                registered.inviteCode().toLowerCase(), Enrolment.consenting()));
        assertThat(joined.teamId()).isEqualTo(registered.teamId());
        assertThat(joined.leader()).isFalse();
        assertThat(joined.memberCount()).isEqualTo(2);
        assertThat(mails.to(leader.email(), "team.member-joined")).singleElement()
                .satisfies(mail -> assertThat(mail.model()).containsEntry("member", member.displayName()));

        TeamDetail pending = as(organiser, () -> review.detail(registered.teamId()));
        TeamDetail approved = as(organiser, () -> review.approve(registered.teamId(), pending.version()));
        assertThat(approved.status()).isEqualTo(TeamStatus.APPROVED);
        assertThat(mails.to(member.email(), "team.approved")).hasSize(1);
        assertThatThrownBy(() -> as(organiser, () -> review.approve(registered.teamId(), pending.version())))
                .hasMessageStartingWith("error.concurrentEdit");

        assertThat(as(member, () -> teams.myTeam(contest.id()))).get()
                .satisfies(mine -> {
                    assertThat(mine.isApproved()).isTrue();
                    assertThat(mine.memberCount()).isEqualTo(2);
                    assertThat(mine.meetsMinimum(2)).isTrue();
                    assertThat(mine.meetsMinimum(3)).isFalse();
                });
        assertThat(as(leader, () -> teams.members(registered.teamId())))
                .extracting(TeamMember::userId, TeamMember::leader)
                .containsExactly(tuple(leader.userId(), true), tuple(member.userId(), false));
        assertThat(as(member, () -> teams.myTeams())).singleElement()
                .satisfies(mine -> assertThat(mine.teamName()).isEqualTo(approved.name()));
        assertThat(as(member, () -> teams.myTeamIds())).containsExactly(registered.teamId());
    }

    @Test
    void withoutRequiredApprovalTeamsAreApprovedAtOnce() {
        RegisteredTeam registered = TeamFixtures.register(teams, contests, leader, contest().id(), uniqueName());
        assertThat(registered.status()).isEqualTo(TeamStatus.APPROVED);
    }

    @Test
    void strangersSeeNeitherTheTeamNorAMembership() {
        ContestEditState contest = contest();
        RegisteredTeam registered = TeamFixtures.register(teams, contests, leader, contest.id(), uniqueName());
        AppPrincipal stranger = person(Role.PARTICIPANT);
        AppPrincipal otherOrganiser = person(Role.ORGANISER);

        assertThatThrownBy(() -> as(stranger, () -> teams.members(registered.teamId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(stranger, () -> teams.teamPage(registered.teamId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(otherOrganiser, () -> review.detail(registered.teamId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(stranger, () -> teams.myTeam(contest.id()))).isEmpty();
        assertThat(anonymously(() -> teams.myTeam(contest.id()))).isEmpty();
    }

    @Test
    void onePersonOneTeamPerContest() {
        ContestEditState contest = contest();
        RegisteredTeam first = TeamFixtures.register(teams, contests, leader, contest.id(), uniqueName());
        RegisteredTeam second = TeamFixtures.register(teams, contests, member, contest.id(), uniqueName());

        assertThatThrownBy(() -> as(member, () -> teams.joinByCode(first.inviteCode(), Enrolment.consenting())))
                .hasMessageStartingWith("team.error.alreadyInTeam");
        assertThatThrownBy(() -> TeamFixtures.register(teams, contests, member, contest.id(), uniqueName()))
                .hasMessageStartingWith("team.error.alreadyInTeam");
        assertThat(as(member, () -> teams.myTeam(contest.id()))).get()
                .extracting(TeamMembership::teamId).isEqualTo(second.teamId());
    }

    @Test
    void registrationAfterTheDeadlineIsRefusedWithTheDeadlineInBothZones() {
        Instant now = clock.instant();
        ContestEditState closed = TeamFixtures.publishedContest(contests, organiser, now, 1, 5,
                now.minus(Duration.ofDays(10)), now.minus(Duration.ofMinutes(1)));
        AppPrincipal newYorker = person(Role.PARTICIPANT, ZoneId.of("America/New_York"));

        assertThatThrownBy(() -> TeamFixtures.register(teams, contests, newYorker, closed.id(), uniqueName()))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("team.error.registrationClosed")
                .satisfies(e -> assertThat(((UserFacingException) e).getArguments()).singleElement()
                        .isInstanceOfSatisfying(ZonedMoment.class, when -> assertThat(when.in(Locale.ENGLISH))
                                .contains("(Asia/Shanghai)").contains("(America/New_York)")));
        assertThat(as(organiser, () -> review.count(closed.id(), TeamQuery.ALL))).isZero();
        assertThat(as(newYorker, () -> teams.registrationInfo(closed.id()).open())).isFalse();
    }

    @Test
    void badNamesAreRefusedAndNothingIsRegistered() {
        ContestEditState contest = contest();
        String name = uniqueName();
        TeamFixtures.register(teams, contests, leader, contest.id(), name);

        for (String bad : List.of("<script>alert(1)</script>", "   ", "P\u0430ypal Team", "Zero\u200bWidth")) {
            assertThatThrownBy(() -> TeamFixtures.register(teams, contests, member, contest.id(), bad))
                    .isInstanceOf(UserFacingException.class).hasMessageStartingWith("team.error.name");
        }
        // the same name in other case and full width
        String confusable = name.toUpperCase().replace("T", "Ｔ");
        assertThatThrownBy(() -> TeamFixtures.register(teams, contests, member, contest.id(), confusable))
                .hasMessageStartingWith("team.error.nameTaken");
        assertThat(as(organiser, () -> review.count(contest.id(), TeamQuery.ALL))).isEqualTo(1);
        assertThat(as(member, () -> teams.myTeam(contest.id()))).isEmpty();
    }

    @Test
    void eligibilityAnswersAndConsentAreCheckedAndRecorded() {
        ContestEditState contest = contest();
        TeamSettings settings = as(organiser, () -> setup.saveRegistration(
                new TeamSettings(contest.id(), 0, false, false, null, null, "2026-03"),
                List.of(new EligibilityQuestion(null, QuestionKind.YES_NO, "I am 18 or older", "我已年满 18 岁",
                                List.of(), true, QuestionKind.YES),
                        new EligibilityQuestion(null, QuestionKind.CHOICE, "Your city", "", List.of("Shanghai",
                                "Elsewhere"), false, null))));
        assertThat(settings.rulesVersion()).isEqualTo("2026-03");
        List<EligibilityQuestion> asked = as(leader, () -> teams.registrationInfo(contest.id()).questions());
        assertThat(asked).extracting(EligibilityQuestion::promptZh).containsExactly("我已年满 18 岁", "Your city");
        long adult = asked.get(0).id();
        long city = asked.get(1).id();
        Long track = TeamFixtures.firstTrack(contests, contest.id());
        TeamRegistration registration = new TeamRegistration(uniqueName(), "We map crashes.", track, false);

        assertThatThrownBy(() -> as(leader, () -> teams.register(contest.id(), registration,
                new Enrolment(Map.of(adult, "NO"), true)))).hasMessageStartingWith("team.error.notEligible");
        assertThatThrownBy(() -> as(leader, () -> teams.register(contest.id(), registration,
                new Enrolment(Map.of(adult, "YES"), false)))).hasMessageStartingWith("team.error.consentRequired");
        assertThat(as(organiser, () -> review.count(contest.id(), TeamQuery.ALL))).isZero();

        RegisteredTeam team = as(leader, () -> teams.register(contest.id(), registration,
                new Enrolment(Map.of(adult, "YES", city, "Shanghai"), true)));
        TeamDetail detail = as(organiser, () -> review.detail(team.teamId()));
        assertThat(detail.description()).isEqualTo("We map crashes.");
        assertThat(detail.leader().answers()).containsEntry(adult, "YES").containsEntry(city, "Shanghai");
        assertThat(detail.leader().rulesVersion()).isEqualTo("2026-03");
        assertThat(detail.leader().consentedAt()).isNotNull();
        assertThat(as(organiser, () -> review.find(contest.id(),
                new TeamQuery(null, null, null, null, city, "Shanghai"), org.springframework.data.domain.Pageable
                        .ofSize(10)))).extracting(TeamRow::id).containsExactly(team.teamId());
    }

    @Test
    void soloEntriesOnlyWhereAllowedAndThenWithoutMembers() {
        ContestEditState contest = contest();
        Long track = TeamFixtures.firstTrack(contests, contest.id());
        TeamRegistration solo = new TeamRegistration(uniqueName(), null, track, true);
        assertThatThrownBy(() -> as(leader, () -> teams.register(contest.id(), solo, Enrolment.consenting())))
                .hasMessageStartingWith("team.error.soloNotAllowed");

        as(organiser, () -> setup.saveSettings(new TeamSettings(contest.id(), 0, false, true, null, null,
                null)));
        RegisteredTeam team = as(leader, () -> teams.register(contest.id(), solo, Enrolment.consenting()));
        assertThat(as(leader, () -> teams.myTeam(contest.id()))).get()
                .satisfies(mine -> assertThat(mine.meetsMinimum(3)).isTrue());
        assertThatThrownBy(() -> as(member, () -> teams.joinByCode(team.inviteCode(), Enrolment.consenting())))
                .hasMessageStartingWith("team.error.soloTakesNoMembers");
    }

    @Test
    void aLeaderHandsOverBeforeLeavingAndMembersAreTold() {
        ContestEditState contest = contest();
        RegisteredTeam team = TeamFixtures.register(teams, contests, leader, contest.id(), uniqueName());
        as(member, () -> teams.joinByCode(team.inviteCode(), Enrolment.consenting()));

        assertThatThrownBy(() -> as(leader, () -> {
            teams.leave(team.teamId());
            return null;
        })).hasMessageStartingWith("team.error.leaderMustHandOver");
        assertThatThrownBy(() -> as(member, () -> {
            teams.removeMember(team.teamId(), leader.userId());
            return null;
        })).hasMessageStartingWith("team.error.leaderOnly");

        as(leader, () -> {
            teams.handOver(team.teamId(), member.userId());
            teams.leave(team.teamId());
            return null;
        });
        assertThat(mails.to(member.email(), "team.member-left")).hasSize(1);
        assertThat(as(leader, () -> teams.myTeam(contest.id()))).isEmpty();
        assertThat(as(member, () -> teams.myTeam(contest.id()))).get()
                .satisfies(mine -> {
                    assertThat(mine.leader()).isTrue();
                    assertThat(mine.memberCount()).isEqualTo(1);
                });

        // the last member leaving dissolves the team; its name is free again
        as(member, () -> {
            teams.leave(team.teamId());
            return null;
        });
        assertThat(as(organiser, () -> review.count(contest.id(), TeamQuery.ALL))).isZero();
    }

    @Test
    void afterTheLockMembershipIsFrozen() {
        ContestEditState contest = contest();
        RegisteredTeam team = TeamFixtures.register(teams, contests, leader, contest.id(), uniqueName());
        as(organiser, () -> setup.saveSettings(new TeamSettings(contest.id(), 0, false, false,
                clock.instant().minusSeconds(1), null, null)));

        assertThatThrownBy(() -> as(member, () -> teams.joinByCode(team.inviteCode(), Enrolment.consenting())))
                .hasMessageStartingWith("team.error.locked");
        assertThatThrownBy(() -> as(leader, () -> {
            teams.leave(team.teamId());
            return null;
        })).hasMessageStartingWith("team.error.locked");
        assertThat(as(leader, () -> teams.teamPage(team.teamId()).locked())).isTrue();
    }
}
