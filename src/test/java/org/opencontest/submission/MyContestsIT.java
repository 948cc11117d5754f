package org.opencontest.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.ContestSummary;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.submission.internal.SubmissionReading;
import org.opencontest.support.IntegrationTest;
import org.opencontest.support.ThreadStatements;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;

/** The contests a team member submits to: all of them, found with one query for the caller's teams. */
class MyContestsIT extends IntegrationTest {

    @Autowired
    SubmissionReading reading;
    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    Clock clock;

    @Test
    void everyContestOfTheCallersTeamsIsListedAndTheTeamsAreReadInOneQuery() {
        AppPrincipal leader = person(Role.PARTICIPANT);
        List<Long> mine = IntStream.range(0, 6).mapToObj(i -> SubmissionFixtures.scenario(contests, teams,
                clock.instant(), leader, person(Role.PARTICIPANT)).contestId()).toList();
        long someoneElses = SubmissionFixtures.scenario(contests, teams, clock.instant()).contestId();

        assertThat(as(leader, reading::myContests)).extracting(ContestSummary::id)
                .containsAll(mine).doesNotContain(someoneElses);

        long listing = ThreadStatements.count(() -> as(leader, contests::publicContests));
        long myContests = ThreadStatements.count(() -> as(leader, reading::myContests));
        assertThat(myContests - listing).as("statements beyond the public contest list, with %d contests of the "
                + "caller's teams in it", mine.size()).isEqualTo(1);
    }
}
