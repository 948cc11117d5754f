package org.opencontest.submission.internal;

import java.io.Serializable;
import java.util.Locale;

import org.opencontest.shared.i18n.Localizable;
import org.opencontest.shared.i18n.LocalizedText;

/**
 * A stage's name in the reader's language. A stage the organiser has not named (the single stage every contest had
 * before stages existed) is called "Stage 1" from the bundles.
 */
public record StageNames(int number, LocalizedText name) implements Localizable, Serializable {

    public static StageNames of(int number, StageDefinition stage) {
        return new StageNames(number, stage.name());
    }

    public static StageNames of(StagePlan.Stage stage) {
        return of(stage.number(), stage.definition());
    }

    @Override
    public String in(Locale locale) {
        if (!name.isEmpty()) {
            return name.in(locale);
        }
        return new BundleMessage("submission.stage.unnamed", number).in(locale);
    }
}
