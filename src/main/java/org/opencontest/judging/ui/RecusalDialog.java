package org.opencontest.judging.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.opencontest.shared.ui.SingleSubmit;

/**
 * A judge steps back from an entry; the reason goes to the organisers. {@code texts} is the message key of the title;
 * its {@code .reason}, {@code .text} and {@code .confirm} keys say why they step back (plain recusal, or a declared
 * conflict of interest).
 */
class RecusalDialog extends Dialog {

    RecusalDialog(String texts, Consumer<String> recuse) {
        setHeaderTitle(getTranslation(texts));
        TextArea reason = new TextArea(getTranslation(texts + ".reason"));
        reason.setId("recusal-reason");
        reason.setWidthFull();
        add(new Paragraph(getTranslation(texts + ".text")), reason);
        Button confirm = new Button(getTranslation(texts + ".confirm"));
        confirm.setId("recusal-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        SingleSubmit.onClick(confirm, () -> {
            recuse.accept(reason.getValue());
            close();
        });
        getFooter().add(new Button(getTranslation("scoring.cancel"), click -> close()), confirm);
    }
}
