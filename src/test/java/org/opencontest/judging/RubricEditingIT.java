package org.opencontest.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.judging.JudgingFixtures.assertRefused;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.judging.ScoringFixtures.JudgeActor;
import org.opencontest.judging.ScoringFixtures.Judging;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A rubric stays editable while its round has drafts only and locks with the round's first submitted sheet; only
 * the contest's organisers may edit it.
 */
class RubricEditingIT extends IntegrationTest {

    @Autowired
    ScoringFixtures fixtures;
    @Autowired
    JudgeAssignments assignments;
    @Autowired
    JudgeScoring scoring;
    @Autowired
    JudgingSetup setup;
    @Autowired
    Clock clock;

    @Test
    void descriptorsWrittenWhileJudgesDraftReachTheirSheetAndTheFirstSubmittedSheetLocksTheRubric() {
        Judging j = fixtures.judging(clock.instant(), 1, 1, true, 1, 5);
        as(j.organiser(), () -> assignments.assign(j.round().id()));
        JudgeActor judge = j.judges().get(0);
        long assignment = as(judge.principal(), scoring::myQueue).get(0).assignmentId();
        SheetState draft = as(judge.principal(), () -> scoring.saveDraft(assignment,
                as(judge.principal(), () -> scoring.open(assignment)).sheet().version(),
                new SheetInput(Map.of("innovation", 2), Map.of(), "", "")));

        RubricDetail rubric = as(j.organiser(), () -> setup.rubrics(j.contestId())).get(0);
        RubricDetail edited = as(j.organiser(), () -> setup.updateRubric(rubric.id(), rubric.version(),
                new RubricInput("SODA rubric, reworded", rubric.criteria())));
        assertRefused(j.organiser(), () -> setup.updateRubric(rubric.id(), rubric.version(),
                new RubricInput("stale", rubric.criteria())), "error.concurrentEdit");
        assertRefused(j.organiser(), () -> setup.updateRubric(edited.id(), edited.version(),
                withDataLevels(edited, List.of(new LocalizedText("Too few", "太少")))), "judging.rubric.error.levelCount");
        assertThat(edited.locked()).isFalse();

        List<LocalizedText> eleven = new ArrayList<>();
        for (int level = 0; level <= 10; level++) {
            eleven.add(new LocalizedText("Level " + level, level + " 级"));
        }
        RubricDetail described = as(j.organiser(), () -> setup.updateRubric(edited.id(), edited.version(),
                withDataLevels(edited, eleven)));
        CriterionInput data = as(judge.principal(), () -> scoring.open(assignment)).criteria().get(1);
        assertThat(data.levels()).as("the judge's sheet carries the organiser's descriptors").hasSize(11)
                .first().isEqualTo(new LocalizedText("Level 0", "0 级"));

        as(judge.principal(), () -> scoring.submit(assignment, draft.version(),
                new SheetInput(Map.of("innovation", 2, "data", 7), Map.of(), "", "")));

        assertThat(as(j.organiser(), () -> setup.rubrics(j.contestId())).get(0).locked()).isTrue();
        assertRefused(j.organiser(), () -> setup.updateRubric(described.id(), described.version(),
                new RubricInput("Renamed", described.criteria())), "judging.rubric.error.locked");
        assertThat(as(j.organiser(), () -> setup.rubrics(j.contestId())).get(0).name()).isEqualTo(described.name());
    }

    @Test
    void onlyTheContestsOrganisersMayEditItsRubrics() {
        Judging j = fixtures.judging(clock.instant(), 1, 1, true, 1, 5);
        RubricDetail rubric = as(j.organiser(), () -> setup.rubrics(j.contestId())).get(0);
        RubricInput renamed = new RubricInput("Taken over", rubric.criteria());

        assertThatThrownBy(() -> as(person(Role.ORGANISER), () -> setup.updateRubric(rubric.id(), rubric.version(),
                renamed))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(j.judges().get(0).principal(), () -> setup.updateRubric(rubric.id(),
                rubric.version(), renamed))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(j.leaders().get(0), () -> setup.rubrics(j.contestId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(j.organiser(), () -> setup.rubrics(j.contestId())).get(0).name()).isEqualTo(rubric.name());
    }

    /** The rubric with the "data" criterion's (0–10) level descriptors replaced. */
    private static RubricInput withDataLevels(RubricDetail rubric, List<LocalizedText> levels) {
        List<CriterionInput> criteria = rubric.criteria().stream().map(c -> !c.key().equals("data") ? c
                : new CriterionInput(c.key(), c.name(), c.description(), c.weight(), c.min(), c.max(), levels))
                .toList();
        return new RubricInput(rubric.name(), criteria);
    }
}
