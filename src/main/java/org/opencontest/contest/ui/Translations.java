package org.opencontest.contest.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * Remembers which text of which component comes from which message key, so that a view re-applies all of them when
 * the language switches: {@code texts.bind(field, TextField::setLabel, "contest.field.slug")}.
 */
final class Translations implements Serializable {

    private final Component owner;
    private final List<SerializableRunnable> updates = new ArrayList<>();

    Translations(Component owner) {
        this.owner = owner;
    }

    <T> T bind(T target, SerializableBiConsumer<T, String> setter, String key, Object... args) {
        SerializableRunnable update = () -> setter.accept(target, owner.getTranslation(key, args));
        updates.add(update);
        if (owner.getUI().isPresent()) {
            update.run();
        }
        return target;
    }

    void apply() {
        updates.forEach(SerializableRunnable::run);
    }
}
