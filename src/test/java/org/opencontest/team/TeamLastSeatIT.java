package org.opencontest.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;
import static org.opencontest.team.TeamFixtures.uniqueName;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two people take the last free seat of a team at the same moment, on PostgreSQL: exactly one joins, the other is
 * told the team is full, and the team never exceeds its maximum. Repeated, so the threads really overlap.
 */
class TeamLastSeatIT extends IntegrationTest {

    private static final int ROUNDS = 8;

    @Autowired
    TeamService teams;

    @Autowired
    TeamInvitations invitations;

    @Autowired
    ContestService contests;

    @Autowired
    Clock clock;

    @Test
    void exactlyOneOfTwoSimultaneousJoinsGetsTheLastSeat() throws Exception {
        AppPrincipal organiser = person(Role.ORGANISER);
        Instant now = clock.instant();
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, now, 1, 2,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(5)));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                RegisteredTeam team = TeamFixtures.register(teams, contests, person(Role.PARTICIPANT), contest.id(),
                        uniqueName());
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<String>> outcomes = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    AppPrincipal joiner = person(Role.PARTICIPANT);
                    outcomes.add(threads.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        try {
                            as(joiner, () -> teams.joinByCode(team.inviteCode(), Enrolment.consenting()));
                            return "joined";
                        } catch (UserFacingException refused) {
                            return refused.getMessageKey();
                        }
                    }));
                }
                List<String> results = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    results.add(outcome.get(30, TimeUnit.SECONDS));
                }
                assertThat(results).containsExactlyInAnyOrder("joined", "team.error.full");
                assertThat(as(organiser, () -> teams.members(team.teamId()))).hasSize(2);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
