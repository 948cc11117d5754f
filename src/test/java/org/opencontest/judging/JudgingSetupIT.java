package org.opencontest.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.judging.JudgingFixtures.assertRefused;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestFixtures;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Rubric and round set-up against PostgreSQL: round trip, refusals, other organisers, concurrent edits. */
class JudgingSetupIT extends IntegrationTest {

    @Autowired
    JudgingSetup setup;

    @Autowired
    ContestService contests;

    @Autowired
    Clock clock;

    final AppPrincipal organiser = person(Role.ORGANISER);
    final AppPrincipal stranger = person(Role.ORGANISER);

    @Test
    void rubricAndRoundsRoundTrip() {
        ContestEditState contest = contest();
        RubricDetail saved = as(organiser, () -> setup.createRubric(contest.id(), JudgingFixtures.rubric()));

        assertThat(saved.criteria()).isEqualTo(JudgingFixtures.rubric().criteria());
        assertThat(saved.locked()).isFalse();
        assertThat(as(organiser, () -> setup.rubrics(contest.id()))).containsExactly(saved);

        RoundDetail preliminary = as(organiser, () -> setup.createRound(contest.id(), JudgingFixtures.round(saved.id(), "Preliminary")));
        RoundDetail last = as(organiser, () -> setup.createRound(contest.id(),
                new RoundInput(new LocalizedText("Final", "决赛"), saved.id(), false, 5, null, null,
                        Aggregation.recommended(), clock.instant())));

        assertThat(preliminary.position()).isEqualTo(1);
        assertThat(last.position()).isEqualTo(2);
        assertThat(preliminary.input()).isEqualTo(JudgingFixtures.round(saved.id(), "Preliminary"));
        assertThat(as(organiser, () -> setup.rounds(contest.id()))).extracting(RoundDetail::id)
                .containsExactly(preliminary.id(), last.id());

        RubricDetail renamed = as(organiser, () -> setup.updateRubric(saved.id(), saved.version(),
                new RubricInput("Renamed", JudgingFixtures.rubric().criteria().subList(1, 2))));
        assertThat(renamed.criteria()).hasSize(1);
        assertThatThrownBy(() -> as(organiser, () -> setup.updateRubric(saved.id(), saved.version(), JudgingFixtures.rubric())))
                .extracting(e -> ((UserFacingException) e).getMessageKey()).isEqualTo("error.concurrentEdit");
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        ContestEditState contest = contest();
        CriterionInput good = JudgingFixtures.rubric().criteria().get(1);

        assertRefused(organiser,
                () -> setup.createRubric(contest.id(), new RubricInput(" ", JudgingFixtures.rubric().criteria())),
                "judging.rubric.error.name");
        assertRefused(organiser, () -> setup.createRubric(contest.id(), new RubricInput("R", List.of())),
                "judging.rubric.error.noCriteria");
        assertRefused(organiser, () -> setup.createRubric(contest.id(), new RubricInput("R", List.of(new CriterionInput(
                "Bad Key", good.name(), good.description(), BigDecimal.ONE, 0, 10, List.of())))),
                "judging.rubric.error.key");
        assertRefused(organiser, () -> setup.createRubric(contest.id(), new RubricInput("R", List.of(new CriterionInput(
                "data", good.name(), good.description(), BigDecimal.ZERO, 0, 10, List.of())))),
                "judging.rubric.error.weightNotPositive");
        assertRefused(organiser, () -> setup.createRubric(contest.id(), new RubricInput("R", List.of(new CriterionInput(
                "data", good.name(), good.description(), BigDecimal.ONE, 5, 5, List.of())))),
                "judging.rubric.error.scaleEmpty");
        assertRefused(organiser, () -> setup.createRubric(contest.id(), new RubricInput("R", List.of(new CriterionInput(
                "data", good.name(), good.description(), BigDecimal.ONE, 0, 2, List.of(LocalizedText.EMPTY))))),
                "judging.rubric.error.levelCount");
        assertRefused(organiser, () -> setup.createRubric(contest.id(), new RubricInput("R", List.of(good, good))),
                "judging.rubric.error.duplicateKey");
        assertThat(as(organiser, () -> setup.rubrics(contest.id()))).isEmpty();

        RubricDetail saved = as(organiser, () -> setup.createRubric(contest.id(), JudgingFixtures.rubric()));
        RoundInput base = JudgingFixtures.round(saved.id(), "R1");
        assertRefused(organiser,
                () -> setup.createRound(contest.id(), new RoundInput(LocalizedText.EMPTY, saved.id(), true, 3,
                null, null, Aggregation.recommended(), null)), "judging.round.error.name");
        assertRefused(organiser, () -> setup.createRound(contest.id(), new RoundInput(base.name(), saved.id(), true, 0,
                null, null, Aggregation.recommended(), null)), "judging.round.error.judgesPerEntry");
        assertRefused(organiser, () -> setup.createRound(contest.id(), new RoundInput(base.name(), saved.id(), true, 3,
                5, BigDecimal.TEN, Aggregation.recommended(), null)), "judging.round.error.advanceBoth");
        assertRefused(organiser, () -> setup.createRound(contest.id(), new RoundInput(base.name(), saved.id(), true, 3,
                null, null, new Aggregation(true, new BigDecimal("0.5"), 3, BigDecimal.TEN, 3, 100, List.of()),
                null)), "judging.ranking.error.trimFraction");
        assertThat(as(organiser, () -> setup.rounds(contest.id()))).isEmpty();
    }

    @Test
    void otherOrganisersSeeNothing() {
        ContestEditState contest = contest();
        RubricDetail saved = as(organiser, () -> setup.createRubric(contest.id(), JudgingFixtures.rubric()));

        assertThatThrownBy(() -> as(stranger, () -> setup.rubrics(contest.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(stranger, () -> setup.updateRubric(saved.id(), saved.version(), JudgingFixtures.rubric())))
                .isInstanceOf(NotFoundException.class);
        // a rubric of another contest cannot be borrowed either
        ContestEditState other = as(stranger, () -> contests.create(ContestFixtures.input(
                ContestFixtures.uniqueSlug("judging"), clock.instant())));
        assertThatThrownBy(() -> as(stranger, () -> setup.createRound(other.id(), JudgingFixtures.round(saved.id(), "X"))))
                .isInstanceOf(NotFoundException.class);
    }

    private ContestEditState contest() {
        return as(organiser, () -> contests.create(ContestFixtures.input(ContestFixtures.uniqueSlug("judging"),
                clock.instant())));
    }
}
