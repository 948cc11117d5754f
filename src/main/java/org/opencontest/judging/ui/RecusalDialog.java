package org.opencontest.judging.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.opencontest.shared.ui.SingleSubmit;

/** A judge steps back from an entry; the reason goes to the organisers. */
class RecusalDialog extends Dialog {

    RecusalDialog(Consumer<String> recuse) {
        setHeaderTitle(getTranslation("scoring.recuse"));
        TextArea reason = new TextArea(getTranslation("scoring.recuse.reason"));
        reason.setId("recusal-reason");
        reason.setWidthFull();
        add(new Paragraph(getTranslation("scoring.recuse.text")), reason);
        Button confirm = new Button(getTranslation("scoring.recuse.confirm"));
        confirm.setId("recusal-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        SingleSubmit.onClick(confirm, () -> {
            recuse.accept(reason.getValue());
            close();
        });
        getFooter().add(new Button(getTranslation("scoring.cancel"), click -> close()), confirm);
    }
}
