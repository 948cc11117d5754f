package org.opencontest.evaluation.ui;

import com.vaadin.flow.component.Component;

import org.opencontest.evaluation.internal.Metric;

/**
 * A metric's name and plain explanation in the viewer's language. A ranking metric's texts name the track's K
 * ("MAP@5"); the others take no argument, so their texts are not run through message formatting.
 */
final class MetricTexts {

    private MetricTexts() {
    }

    static String name(Component in, Metric metric, Object rankingCutoff) {
        return text(in, metric.messageKey(), metric, rankingCutoff);
    }

    static String explanation(Component in, Metric metric, int rankingCutoff) {
        return text(in, metric.messageKey() + ".explain", metric, rankingCutoff);
    }

    private static String text(Component in, String key, Metric metric, Object rankingCutoff) {
        return metric.kind() == Metric.Kind.RANKING ? in.getTranslation(key, rankingCutoff) : in.getTranslation(key);
    }
}
