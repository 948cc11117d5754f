package org.opencontest.judging;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.as;

import java.math.BigDecimal;
import java.util.List;

import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;

/** A rubric and a round as an organiser would set them up, for judging tests. */
public final class JudgingFixtures {

    private JudgingFixtures() {
    }

    /** Runs {@code action} as {@code who} and expects a refusal with the message key {@code key}. */
    public static void assertRefused(AppPrincipal who, Runnable action, String key) {
        assertThatThrownBy(() -> as(who, () -> {
            action.run();
            return null;
        })).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).getMessageKey()).isEqualTo(key);
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
