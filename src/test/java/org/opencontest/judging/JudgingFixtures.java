package org.opencontest.judging;

import java.math.BigDecimal;
import java.util.List;

import org.opencontest.contest.LocalizedText;

/** A rubric and a round as an organiser would set them up, for judging tests. */
public final class JudgingFixtures {

    private JudgingFixtures() {
    }

    public static RubricInput rubric() {
        return new RubricInput("SODA rubric", List.of(
                new CriterionInput("innovation", new LocalizedText("Innovation", "创新性"),
                        new LocalizedText("Is the idea new?", "想法是否新颖？"), new BigDecimal("2"), 1, 3,
                        List.of(new LocalizedText("Seen before", "已有"), new LocalizedText("Fresh angle", "新角度"),
                                new LocalizedText("New", "全新"))),
                new CriterionInput("data", new LocalizedText("Use of data", "数据运用"), LocalizedText.EMPTY,
                        BigDecimal.ONE, 0, 10, List.of())));
    }

    public static RoundInput round(long rubricId, String name) {
        return new RoundInput(new LocalizedText(name, name + "轮"), rubricId, true, 3, 10, null,
                Aggregation.recommended(), null);
    }
}
