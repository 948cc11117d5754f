package org.opencontest.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.person;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.opencontest.vote.PeoplesChoiceSeeding;
import org.opencontest.vote.VoteFixtures;
import org.opencontest.vote.VoteFixtures.VoteContest;
import org.opencontest.vote.internal.EntryChoice;
import org.opencontest.vote.internal.PublishedResult;
import org.opencontest.vote.internal.ResultRow;
import org.opencontest.vote.internal.Voting;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's people's-choice votes against the real database, on contests of this test (the test profile loads none):
 * the finished one and the planned one.
 */
class VoteDemoDataIT extends IntegrationTest {

    @Autowired
    VoteFixtures fixtures;
    @Autowired
    PeoplesChoiceSeeding seeding;
    @Autowired
    Voting voting;
    @Autowired
    ContestService contests;

    @Test
    void opensVotesClosesAndPublishesOnce() {
        VoteContest contest = fixtures.contest(2);
        List<AppPrincipal> voters = IntStream.range(0, 6).mapToObj(i -> fixtures.voter()).toList();

        assertThat(seeding.seed(contest.contestId(), contest.organiser(), voters, true)).isTrue();
        assertThat(seeding.seed(contest.contestId(), contest.organiser(), voters, true)).as("once").isFalse();

        List<PublishedResult> published = anonymously(() -> voting.published(contest.contestId()));
        assertThat(published).singleElement().satisfies(result -> {
            assertThat(result.rows()).extracting(ResultRow::votes).containsExactly(4L, 2L);
        });
    }

    @Test
    void plansAVoteForTheJudgingPhaseOfAContestWithoutEntriesOnce() {
        VoteContest contest = fixtures.plannable(person(Role.ORGANISER));
        PhaseWindow judging = anonymously(() -> contests.page(contest.contestId())).timeline().phases().stream()
                .filter(phase -> phase.kind() == PhaseKind.JUDGING).findFirst().orElseThrow();

        assertThat(seeding.plan(contest.contestId(), contest.organiser())).isTrue();
        assertThat(seeding.plan(contest.contestId(), contest.organiser())).as("once").isFalse();

        assertThat(anonymously(() -> voting.plannedPolls(contest.contestId()))).singleElement().satisfies(poll -> {
            assertThat(poll.opensAt()).isEqualTo(judging.opens());
            assertThat(poll.closesAt()).isEqualTo(judging.closes());
            assertThat(poll.entries()).isEqualTo(EntryChoice.ALL_FINAL);
            assertThat(poll.minAccountAgeHours()).isEqualTo(24);
        });
        assertThat(anonymously(() -> voting.galleries(contest.contestId()))).as("nothing to vote on yet").isEmpty();
    }
}
