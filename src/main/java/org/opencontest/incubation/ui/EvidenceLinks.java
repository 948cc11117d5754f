package org.opencontest.incubation.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.opencontest.incubation.internal.EvidenceView;
import org.opencontest.incubation.internal.IncubationEvidence;

/** Evidence files as buttons; a click asks the service for a short presigned link (after its access check). */
final class EvidenceLinks extends Div {

    EvidenceLinks(IncubationEvidence evidence, List<EvidenceView> files) {
        addClassName("evidence-links");
        for (EvidenceView file : files) {
            Button open = new Button(file.name() + " (" + IncubationUi.number(Math.max(1, file.size() / 1024)) + " KB)",
                    VaadinIcon.DOWNLOAD.create(),
                    click -> getUI().ifPresent(ui -> ui.getPage().open(evidence.link(file.id()).toString(), "_blank")));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            open.setId("evidence-" + file.id());
            add(open);
        }
    }
}
