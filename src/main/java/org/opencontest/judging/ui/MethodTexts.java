package org.opencontest.judging.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import org.opencontest.judging.Aggregation;

/** The declared aggregation method in one line, as the judging page, the ranking page and the gallery show it. */
final class MethodTexts {

    private MethodTexts() {
    }

    static String describe(Component view, Aggregation aggregation) {
        String tieBreakers = aggregation.tieBreakers().stream()
                .map(key -> view.getTranslation("judging.rankingKey." + key.name()))
                .collect(Collectors.joining(" → "));
        return view.getTranslation(aggregation.normalise() ? "judging.round.method.normalised"
                : "judging.round.method.raw", aggregation.trimFraction(), tieBreakers);
    }
}
