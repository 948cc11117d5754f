package org.opencontest.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class TeamRegistrationIT extends IntegrationTest {

    @Autowired
    TeamService teams;

    @Autowired
    TeamAdministration administration;

    @Autowired
    ContestService contests;

    @Autowired
    Clock clock;

    final AppPrincipal organiser = person(Role.ORGANISER);
    final AppPrincipal leader = person(Role.PARTICIPANT);
    final AppPrincipal member = person(Role.PARTICIPANT);

    @Test
    void registerJoinWithCodeAndApprove() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        as(organiser, () -> administration.saveSettings(
                new TeamSettings(contest.id(), 0, true, false, null, null, null)));

        RegisteredTeam registered = TeamFixtures.register(teams, contests, leader, contest.id(), uniqueName());
        assertThat(registered.status()).isEqualTo(TeamStatus.PENDING);
        assertThat(registered.inviteCode()).hasSize(10);

        TeamMembership joined = as(member, () -> teams.joinByCode(
                registered.inviteCode().toLowerCase(), Enrolment.consenting()));
        assertThat(joined.teamId()).isEqualTo(registered.teamId());
        assertThat(joined.leader()).isFalse();
        assertThat(joined.memberCount()).isEqualTo(2);

        TeamDetail pending = as(organiser, () -> administration.detail(registered.teamId()));
        TeamDetail approved = as(organiser, () -> administration.approve(registered.teamId(), pending.version()));
        assertThat(approved.status()).isEqualTo(TeamStatus.APPROVED);

        assertThat(as(member, () -> teams.myTeam(contest.id()))).get()
                .satisfies(mine -> {
                    assertThat(mine.isApproved()).isTrue();
                    assertThat(mine.memberCount()).isEqualTo(2);
                    assertThat(mine.meetsMinimum(2)).isTrue();
                });
        assertThat(as(leader, () -> teams.members(registered.teamId())))
                .extracting(TeamMember::userId, TeamMember::leader)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(leader.userId(), true),
                        org.assertj.core.groups.Tuple.tuple(member.userId(), false));
    }

    @Test
    void withoutRequiredApprovalTeamsAreApprovedAtOnce() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        RegisteredTeam registered = TeamFixtures.register(teams, contests, leader, contest.id(), uniqueName());
        assertThat(registered.status()).isEqualTo(TeamStatus.APPROVED);
    }

    @Test
    void strangersSeeNeitherTheTeamNorAMembership() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        RegisteredTeam registered = TeamFixtures.register(teams, contests, leader, contest.id(), uniqueName());
        AppPrincipal stranger = person(Role.PARTICIPANT);
        AppPrincipal otherOrganiser = person(Role.ORGANISER);

        assertThatThrownBy(() -> as(stranger, () -> teams.members(registered.teamId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(otherOrganiser, () -> administration.detail(registered.teamId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(stranger, () -> teams.myTeam(contest.id()))).isEmpty();
        assertThat(anonymously(() -> teams.myTeam(contest.id()))).isEmpty();
    }

    @Test
    void onePersonOneTeamPerContest() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        RegisteredTeam first = TeamFixtures.register(teams, contests, leader, contest.id(), uniqueName());
        RegisteredTeam second = TeamFixtures.register(teams, contests, member, contest.id(), uniqueName());

        assertThatThrownBy(() -> as(member, () -> teams.joinByCode(first.inviteCode(), Enrolment.consenting())))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("team.error.alreadyInTeam");
        assertThat(as(member, () -> teams.myTeam(contest.id()))).get()
                .extracting(TeamMembership::teamId).isEqualTo(second.teamId());
    }

    static String uniqueName() {
        return "Team " + UUID.randomUUID().toString().substring(0, 8);
    }
}
