package org.opencontest.account.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

import org.opencontest.account.internal.AccountField;
import org.opencontest.account.internal.FieldViolation;
import org.opencontest.account.internal.InvalidInputException;
import org.opencontest.shared.ui.Notices;

/**
 * Shows a service's refusal next to the fields it names, translated, and re-translates it when the language
 * changes. The services own the rules; forms do not duplicate them.
 */
final class FieldErrors {

    private final Component owner;
    private final Map<AccountField, HasValidation> fields = new EnumMap<>(AccountField.class);
    private List<FieldViolation> shown = List.of();

    FieldErrors(Component owner) {
        this.owner = owner;
    }

    FieldErrors bind(AccountField field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    void show(InvalidInputException refusal) {
        shown = refusal.getViolations();
        render();
        shown.stream().filter(violation -> !fields.containsKey(violation.field())).findFirst()
                .ifPresent(violation -> Notices.error(violation.messageKey(), violation.arguments().toArray()));
    }

    void clear() {
        shown = List.of();
        render();
    }

    /** Re-applies the current messages, e.g. in the new language. */
    void render() {
        fields.values().forEach(component -> {
            component.setInvalid(false);
            component.setErrorMessage(null);
        });
        for (FieldViolation violation : shown) {
            HasValidation component = fields.get(violation.field());
            if (component != null && !component.isInvalid()) {
                component.setErrorMessage(owner.getTranslation(violation.messageKey(),
                        violation.arguments().toArray()));
                component.setInvalid(true);
            }
        }
    }
}
