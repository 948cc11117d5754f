package org.opencontest.judging.ui;

import java.util.Locale;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.judging.CriterionInput;

/**
 * A criterion's scale as judges see it on their score sheet: one choice per level, each with the organiser's
 * descriptor in the viewer's language. The rubric preview builds the same field, so organisers see what judges see.
 */
final class CriterionScale {

    private CriterionScale() {
    }

    static RadioButtonGroup<Integer> of(Component context, Locale locale, CriterionInput criterion) {
        RadioButtonGroup<Integer> score = new RadioButtonGroup<>(context.getTranslation("scoring.criterion",
                criterion.name().in(locale), criterion.weight().stripTrailingZeros().toPlainString()));
        score.setId("score-" + criterion.key());
        score.setHelperText(criterion.description().in(locale));
        score.setItems(IntStream.rangeClosed(criterion.min(), criterion.max()).boxed().toList());
        score.setItemLabelGenerator(level -> label(locale, criterion, level));
        score.addThemeName("vertical");
        return score;
    }

    private static String label(Locale locale, CriterionInput criterion, int level) {
        int index = level - criterion.min();
        if (index < criterion.levels().size()) {
            LocalizedText descriptor = criterion.levels().get(index);
            String text = descriptor.in(locale);
            return text.isEmpty() ? String.valueOf(level) : level + " — " + text;
        }
        return String.valueOf(level);
    }
}
