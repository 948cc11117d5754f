package org.opencontest.shared.ui;

import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asks before an action that cannot be undone (publishing, submitting, archiving, …) and says what will be final.
 * The texts come from three keys under one prefix: {@code <prefix>.header}, {@code <prefix>.text} (what happens and
 * what cannot be undone) and {@code <prefix>.confirm} (the button, named after the action). Content added with
 * {@link #add} (a reason field, a summary) sits between the text and the buttons; {@link #onlyIf} keeps the dialog
 * open while that content is not ready.
 */
public class ConfirmAction extends Dialog {

    private final Button confirm;
    private BooleanSupplier ready = () -> true;

    public ConfirmAction(String prefix, Runnable action) {
        setId("confirm-dialog");
        setHeaderTitle(translate(prefix + ".header"));
        Paragraph text = new Paragraph(translate(prefix + ".text"));
        text.setId("confirm-text");
        add(text);
        confirm = new Button(translate(prefix + ".confirm"));
        confirm.setId("confirm-action");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(confirm, () -> {
            if (ready.getAsBoolean()) {
                close();
                action.run();
            }
        });
        Button cancel = new Button(translate("confirm.cancel"), click -> close());
        cancel.setId("confirm-cancel");
        getFooter().add(cancel, confirm);
    }

    /** As the constructor, with a last line in bold stating that the action is final. */
    public static ConfirmAction irreversible(String prefix, Runnable action) {
        ConfirmAction dialog = new ConfirmAction(prefix, action);
        Paragraph irreversible = new Paragraph(translate("confirm.irreversible"));
        irreversible.setId("confirm-irreversible");
        irreversible.getStyle().set("font-weight", "bold");
        dialog.add(irreversible);
        return dialog;
    }

    /** Opens the dialog; returns it for tests and callers that add content first. */
    public ConfirmAction ask() {
        open();
        return this;
    }

    /** Runs the action only once {@code condition} holds (it may show what is missing itself). */
    public ConfirmAction onlyIf(BooleanSupplier condition) {
        this.ready = condition;
        return this;
    }

    public ConfirmAction with(Component... content) {
        add(content);
        return this;
    }

    private static String translate(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
