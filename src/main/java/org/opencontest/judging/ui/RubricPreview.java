package org.opencontest.judging.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opencontest.judging.CriterionInput;
import org.opencontest.judging.RubricDetail;

/** The rubric as judges will see it on their score sheet, in the viewer's language; choices here are not saved. */
class RubricPreview extends Dialog {

    RubricPreview(RubricDetail rubric) {
        setId("rubric-preview");
        setHeaderTitle(getTranslation("judging.rubric.preview.title", rubric.name()));
        Paragraph note = new Paragraph(getTranslation("judging.rubric.preview.note"));
        VerticalLayout criteria = new VerticalLayout(note);
        criteria.setPadding(false);
        for (CriterionInput criterion : rubric.criteria()) {
            criteria.add(CriterionScale.of(this, getLocale(), criterion));
        }
        add(criteria);
        Button close = new Button(getTranslation("judging.rubric.preview.close"), click -> close());
        close.setId("rubric-preview-close");
        getFooter().add(close);
        setWidth("min(40rem, 95vw)");
    }
}
