package org.opencontest.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;
import static org.opencontest.team.TeamFixtures.uniqueName;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.opencontest.account.RecordedMails;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.opencontest.team.internal.TeamMerges;
import org.opencontest.team.internal.TeamPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class TeamMergeIT extends IntegrationTest {

    @Autowired
    TeamService teams;

    @Autowired
    TeamMerges merges;

    @Autowired
    RegistrationSetup setup;
    @Autowired
    TeamReview review;

    @Autowired
    ContestService contests;

    @Autowired
    RecordedMails mails;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Clock clock;

    final AppPrincipal organiser = person(Role.ORGANISER);
    final AppPrincipal leaderA = person(Role.PARTICIPANT);
    final AppPrincipal memberA = person(Role.PARTICIPANT);
    final AppPrincipal leaderB = person(Role.PARTICIPANT);

    ContestEditState contest(int max) {
        Instant now = clock.instant();
        return TeamFixtures.publishedContest(contests, organiser, now, 1, max, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(5)));
    }

    @Test
    void bothLeadersAgreeAndTheProposingTeamMovesOver() {
        ContestEditState contest = contest(3);
        String nameA = uniqueName();
        String nameB = uniqueName();
        RegisteredTeam a = TeamFixtures.register(teams, contests, leaderA, contest.id(), nameA);
        as(memberA, () -> teams.joinByCode(a.inviteCode(), Enrolment.consenting()));
        RegisteredTeam b = TeamFixtures.register(teams, contests, leaderB, contest.id(), nameB);

        assertThatThrownBy(() -> as(memberA, () -> merges.propose(a.teamId(), nameB)))
                .hasMessageStartingWith("team.error.leaderOnly");
        assertThatThrownBy(() -> as(leaderA, () -> merges.propose(a.teamId(), nameA)))
                .hasMessageStartingWith("team.merge.error.self");
        assertThatThrownBy(() -> as(leaderA, () -> merges.propose(a.teamId(), "No such team")))
                .hasMessageStartingWith("team.merge.error.unknownTeam");
        // the other team's name as typed in another case
        TeamPage.MergeProposal proposal = as(leaderA, () -> merges.propose(a.teamId(), nameB.toLowerCase()));
        assertThat(mails.to(leaderB.email(), "team.merge-proposed")).hasSize(1);
        assertThat(as(leaderB, () -> teams.teamPage(b.teamId()).merges())).singleElement()
                .satisfies(incoming -> assertThat(incoming.incoming()).isTrue());
        assertThatThrownBy(() -> as(leaderA, () -> {
            merges.accept(proposal.id());
            return null;
        })).hasMessageStartingWith("error.notFound");

        as(leaderB, () -> {
            merges.accept(proposal.id());
            return null;
        });

        assertThat(as(memberA, () -> teams.myTeam(contest.id()))).get()
                .satisfies(mine -> {
                    assertThat(mine.teamId()).isEqualTo(b.teamId());
                    assertThat(mine.memberCount()).isEqualTo(3);
                    assertThat(mine.leader()).isFalse();
                });
        assertThat(as(leaderA, () -> teams.myTeam(contest.id())).orElseThrow().teamId()).isEqualTo(b.teamId());
        assertThat(as(organiser, () -> review.count(contest.id(), TeamQuery.ALL))).isEqualTo(1);
        assertThat(events.stream(TeamsMerged.class))
                .containsExactly(new TeamsMerged(contest.id(), b.teamId(), a.teamId()));
        assertThat(mails.to(memberA.email(), "team.merged")).hasSize(1);
        assertThat(mails.to(leaderB.email(), "team.merged")).hasSize(1);
    }

    @Test
    void aMergeBeyondTheMaximumIsRefusedAndChangesNothing() {
        ContestEditState contest = contest(2);
        RegisteredTeam a = TeamFixtures.register(teams, contests, leaderA, contest.id(), uniqueName());
        as(memberA, () -> teams.joinByCode(a.inviteCode(), Enrolment.consenting()));
        String nameB = uniqueName();
        TeamFixtures.register(teams, contests, leaderB, contest.id(), nameB);

        assertThatThrownBy(() -> as(leaderA, () -> merges.propose(a.teamId(), nameB)))
                .hasMessageStartingWith("team.error.mergeTooBig");
        assertThat(as(organiser, () -> review.count(contest.id(), TeamQuery.ALL))).isEqualTo(2);
    }

    @Test
    void anotherModuleCanVetoTheMerge() {
        ContestEditState contest = contest(3);
        RegisteredTeam a = TeamFixtures.register(teams, contests, leaderA, contest.id(), uniqueName());
        String nameB = uniqueName();
        RegisteredTeam b = TeamFixtures.register(teams, contests, leaderB, contest.id(), nameB);
        TeamPage.MergeProposal proposal = as(leaderA, () -> merges.propose(a.teamId(), nameB));
        VetoingMergeCheck.vetoIn(contest.id());

        assertThatThrownBy(() -> as(leaderB, () -> {
            merges.accept(proposal.id());
            return null;
        })).hasMessageStartingWith(VetoingMergeCheck.REASON);
        assertThat(as(leaderA, () -> teams.myTeam(contest.id())).orElseThrow().teamId()).isEqualTo(a.teamId());
        assertThat(as(leaderB, () -> teams.teamPage(b.teamId()).merges())).hasSize(1);

        as(leaderB, () -> {
            merges.decline(proposal.id());
            return null;
        });
        assertThat(as(leaderA, () -> teams.teamPage(a.teamId()).merges())).isEmpty();
    }

    @Test
    void afterTheMergeDeadlineNoProposals() {
        ContestEditState contest = contest(3);
        RegisteredTeam a = TeamFixtures.register(teams, contests, leaderA, contest.id(), uniqueName());
        String nameB = uniqueName();
        TeamFixtures.register(teams, contests, leaderB, contest.id(), nameB);
        as(organiser, () -> setup.saveSettings(new TeamSettings(contest.id(), 0, false, false, null,
                clock.instant().minusSeconds(1), null)));

        assertThatThrownBy(() -> as(leaderA, () -> merges.propose(a.teamId(), nameB)))
                .hasMessageStartingWith("team.error.mergeClosed");
    }
}
