package org.opencontest.judging.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opencontest.judging.JudgingSetup;
import org.opencontest.judging.RubricDetail;

/**
 * The contest's rubrics: each can be previewed as judges see it and edited until it locks (a round using it has a
 * submitted score sheet, so that every sheet of a round is scored against the same rubric), then a new one is made.
 */
class RubricSection extends VerticalLayout {

    private final Grid<RubricDetail> list = new Grid<>();
    private final RubricForm form;

    RubricSection(JudgingSetup setup, long contestId, Runnable saved) {
        setPadding(false);
        form = new RubricForm(setup, contestId, saved);
        Paragraph rule = new Paragraph(getTranslation("judging.rubric.lockRule"));
        rule.setId("rubric-lock-rule");
        list.addColumn(RubricDetail::name).setHeader(getTranslation("judging.rubric.field.name")).setFlexGrow(2);
        list.addColumn(rubric -> rubric.criteria().size()).setHeader(getTranslation("judging.rubric.criteria"));
        list.addColumn(rubric -> getTranslation(rubric.locked() ? "judging.rubric.locked" : "judging.rubric.editable"))
                .setHeader(getTranslation("judging.round.field.status"));
        list.addComponentColumn(this::actions).setHeader(getTranslation("judging.rubric.actions")).setFlexGrow(2)
                .setKey("actions");
        list.setEmptyStateText(getTranslation("judging.rubric.none"));
        list.setAllRowsVisible(true);
        list.setId("rubrics");
        add(rule, list, form);
    }

    void show(List<RubricDetail> rubrics) {
        list.setItems(rubrics);
    }

    private HorizontalLayout actions(RubricDetail rubric) {
        Button preview = new Button(getTranslation("judging.rubric.preview"), click -> new RubricPreview(rubric).open());
        preview.setId("rubric-preview-" + rubric.id());
        preview.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button edit = new Button(getTranslation("judging.rubric.edit"), click -> form.edit(rubric));
        edit.setId("rubric-edit-" + rubric.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // the service refuses a locked rubric anyway; the button says so before anyone types
        edit.setEnabled(!rubric.locked());
        return new HorizontalLayout(preview, edit);
    }
}
