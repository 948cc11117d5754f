package org.opencontest.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestFixtures;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.JudgePanel;
import org.opencontest.judging.JudgingSetup;
import org.opencontest.judging.RoundDetail;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo judging set-up against the real database, for a contest of this test (the test profile loads none). */
class JudgingDemoDataIT extends IntegrationTest {

    @Autowired
    ContestService contests;

    @Autowired
    JudgingSetup setup;

    @Autowired
    JudgePanel panel;

    @Autowired
    JudgingDemoData loader;

    @Autowired
    Clock clock;

    @Test
    void setsUpRubricRoundsAndJuryOnce() {
        AppPrincipal organiser = person(Role.ORGANISER);
        ContestEditState contest = as(organiser, () -> contests.create(ContestFixtures.input(
                ContestFixtures.uniqueSlug("demo-judging"), clock.instant())));

        SystemIdentity.run(() -> loader.load(contest.id(), true));
        SystemIdentity.run(() -> loader.load(contest.id(), true));

        assertThat(as(organiser, () -> setup.rubrics(contest.id()))).singleElement()
                .satisfies(rubric -> assertThat(rubric.criteria()).hasSize(4));
        assertThat(as(organiser, () -> setup.rounds(contest.id()))).extracting(RoundDetail::position)
                .containsExactly(1, 2);
        assertThat(as(organiser, () -> panel.judges(contest.id()))).hasSize(3)
                .anySatisfy(judge -> assertThat(judge.email()).isEqualTo("judge@example.org"));
    }
}
