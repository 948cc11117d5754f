package org.opencontest.judging.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import org.opencontest.shared.ui.SingleSubmit;

/** Asks before a sheet is submitted, because submitting locks it for good. */
class ConfirmSubmit extends Dialog {

    ConfirmSubmit(Runnable submit) {
        setHeaderTitle(getTranslation("scoring.submit.title"));
        add(new Paragraph(getTranslation("scoring.submit.text")));
        Button confirm = new Button(getTranslation("scoring.submit.confirm"));
        confirm.setId("sheet-submit-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(confirm, () -> {
            close();
            submit.run();
        });
        getFooter().add(new Button(getTranslation("scoring.cancel"), click -> close()), confirm);
    }
}
