package org.opencontest.judging;

import java.math.BigDecimal;
import java.util.List;

import org.opencontest.shared.i18n.LocalizedText;

/**
 * A rubric criterion as the organiser writes it.
 *
 * @param key    short stable identifier within the rubric (a–z, 0–9, dashes)
 * @param weight relative importance, above zero
 * @param levels one descriptor per level from {@code min} to {@code max}, or none
 */
public record CriterionInput(String key, LocalizedText name, LocalizedText description, BigDecimal weight, int min,
        int max, List<LocalizedText> levels) {

    public CriterionInput {
        levels = levels == null ? List.of() : List.copyOf(levels);
        name = LocalizedText.orEmpty(name);
        description = LocalizedText.orEmpty(description);
        // 2, 2.0 and 2.000 are one weight, whatever the database column's scale
        weight = weight == null ? null : weight.stripTrailingZeros();
    }
}
