package org.opencontest.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.anonymously;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.support.IntegrationTest;
import org.opencontest.vote.PeoplesChoiceSeeding;
import org.opencontest.vote.VoteFixtures;
import org.opencontest.vote.VoteFixtures.VoteContest;
import org.opencontest.vote.internal.PublishedResult;
import org.opencontest.vote.internal.ResultRow;
import org.opencontest.vote.internal.Voting;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's people's-choice vote against the real database, on a contest of this test (the test profile loads none). */
class VoteDemoDataIT extends IntegrationTest {

    @Autowired
    VoteFixtures fixtures;
    @Autowired
    PeoplesChoiceSeeding seeding;
    @Autowired
    Voting voting;

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
}
