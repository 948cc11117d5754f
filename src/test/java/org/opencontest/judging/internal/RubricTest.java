package org.opencontest.judging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opencontest.shared.error.UserFacingException;

/** Weighted sheet scores on 0–100, against hand-computed values, and every refusal with its message key. */
class RubricTest {

    /** Innovation weighs twice as much as data use; one is scored 1–5, the other 0–10. */
    private final Rubric rubric = new Rubric(List.of(
            new Criterion("innovation", 2, 1, 5),
            new Criterion("data", 1, 0, 10)));

    @Test
    void weightsCountButScaleWidthsDoNot() {
        // innovation 4 of 1–5 is 3/4 of the way, data 5 of 0–10 is 1/2: (2·0.75 + 1·0.5) / 3 · 100 = 66.67
        assertThat(rubric.score(Map.of("innovation", 4, "data", 5))).isCloseTo(200.0 / 3, within(1e-9));
        // the same places with the weights swapped in importance give (2·0.5 + 1·0.75) / 3 · 100 = 58.33
        assertThat(rubric.score(Map.of("innovation", 3, "data", 7))).isCloseTo((2 * 0.5 + 0.7) / 3 * 100,
                within(1e-9));
    }

    @Test
    void bottomAndTopOfEveryScaleAreZeroAndHundred() {
        assertThat(rubric.score(Map.of("innovation", 1, "data", 0))).isZero();
        assertThat(rubric.score(Map.of("innovation", 5, "data", 10))).isEqualTo(100.0);
    }

    @Test
    void weightsNeedNotAddUpToAnything() {
        Rubric scaled = new Rubric(List.of(new Criterion("innovation", 20, 1, 5), new Criterion("data", 10, 0, 10)));
        assertThat(scaled.score(Map.of("innovation", 4, "data", 5)))
                .isCloseTo(rubric.score(Map.of("innovation", 4, "data", 5)), within(1e-9));
    }

    @Test
    void everyCriterionMustBeScoredWithinItsScale() {
        assertRefused(() -> rubric.score(Map.of("innovation", 4)), "judging.rubric.error.criterionUnscored");
        assertRefused(() -> rubric.score(Map.of("innovation", 6, "data", 5)), "judging.rubric.error.scoreOutOfRange");
        assertRefused(() -> rubric.score(Map.of("innovation", 0, "data", 5)), "judging.rubric.error.scoreOutOfRange");
        assertRefused(() -> rubric.score(Map.of("innovation", 4, "data", 5, "style", 3)),
                "judging.rubric.error.unknownCriterion");
    }

    @Test
    void badRubricsAreRefused() {
        assertRefused(() -> new Rubric(List.of()), "judging.rubric.error.noCriteria");
        assertRefused(() -> new Rubric(List.of(new Criterion("a", 1, 0, 5), new Criterion("a", 2, 0, 5))),
                "judging.rubric.error.duplicateKey");
        assertRefused(() -> new Criterion("a", 0, 0, 5), "judging.rubric.error.weightNotPositive");
        assertRefused(() -> new Criterion("a", Double.NaN, 0, 5), "judging.rubric.error.weightNotPositive");
        assertRefused(() -> new Criterion("a", 1, 5, 5), "judging.rubric.error.scaleEmpty");
        assertRefused(() -> new Criterion(" ", 1, 0, 5), "judging.rubric.error.keyRequired");
    }

    static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).getMessageKey()).isEqualTo(key);
    }
}
