package org.opencontest.judging.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.opencontest.judging.internal.ConflictRegister;
import org.opencontest.judging.internal.ConflictView;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;

/** The organiser keeps a flagged conflict (the pair is never assigned) or clears it, with the reason on record. */
class ConflictDecision extends Dialog {

    ConflictDecision(ConflictRegister register, ConflictView conflict, Runnable decided) {
        setHeaderTitle(getTranslation("judging.conflict.decide.title", conflict.judgeName(), conflict.teamName()));
        TextArea reason = new TextArea(getTranslation("judging.conflict.decide.reason"));
        reason.setId("conflict-decision-reason");
        reason.setWidthFull();
        add(new Paragraph(getTranslation("judging.conflict.reason." + conflict.reason().name())), reason);
        Button keep = new Button(getTranslation("judging.conflict.decide.keep"));
        keep.setId("conflict-keep");
        keep.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button clear = new Button(getTranslation("judging.conflict.decide.clear"));
        clear.setId("conflict-clear");
        for (Button button : new Button[] {keep, clear}) {
            SingleSubmit.onClick(button, () -> {
                register.decide(conflict.id(), conflict.version(), button == keep, reason.getValue());
                Notices.success("judging.conflict.decide.done");
                close();
                decided.run();
            });
        }
        getFooter().add(new Button(getTranslation("scoring.cancel"), click -> close()), clear, keep);
    }
}
