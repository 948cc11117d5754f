package org.opencontest.incubation.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.opencontest.incubation.MilestoneInput;
import org.opencontest.incubation.MilestoneStatus;
import org.opencontest.incubation.MilestoneView;
import org.opencontest.incubation.Milestones;
import org.opencontest.incubation.ProjectDetail;
import org.opencontest.incubation.internal.IncubationEvidence;
import org.opencontest.incubation.internal.MilestoneTemplate;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;

/**
 * A project's milestones: the table, adding one from a template or ad hoc (incubators, organisers), reporting
 * progress with evidence (team), and accepting or rejecting a completed one with a comment (incubators). Every
 * action quotes the version shown, so a stale page gets "someone else changed this".
 */
final class MilestoneSection extends Div {

    private final transient Milestones milestones;
    private final transient IncubationEvidence evidence;
    private final Runnable reload;

    MilestoneSection(ProjectDetail project, Milestones milestones, IncubationEvidence evidence, Runnable reload) {
        this.milestones = milestones;
        this.evidence = evidence;
        this.reload = reload;
        setId("milestones");
        add(new H3(getTranslation("incubation.milestone.title")));
        if (project.milestones().isEmpty()) {
            add(new Paragraph(getTranslation("incubation.milestone.none")));
        } else {
            add(table(project));
        }
        if (project.viewer().incubator() || project.viewer().organiser()) {
            add(addForm(project.id()));
        }
    }

    private NativeTable table(ProjectDetail project) {
        NativeTable table = new NativeTable();
        table.addClassName("data-table");
        table.setId("milestone-table");
        NativeTableRow head = new NativeTableRow();
        for (String key : List.of("goal", "target", "achieved", "due", "status", "comment", "actions")) {
            head.add(new NativeTableHeaderCell(getTranslation("incubation.milestone." + key)));
        }
        table.getHead().addRows(head);
        NativeTableBody body = table.getBody();
        for (MilestoneView goal : project.milestones()) {
            Div actions = new Div();
            if (project.viewer().team() && goal.status() != MilestoneStatus.ACCEPTED) {
                actions.add(button("milestone-report-" + goal.id(), "incubation.milestone.report",
                        () -> reportDialog(goal).open()));
            }
            if (project.viewer().incubator() && goal.status() == MilestoneStatus.COMPLETE) {
                actions.add(button("milestone-review-" + goal.id(), "incubation.milestone.review",
                        () -> reviewDialog(goal).open()));
            }
            actions.add(new EvidenceLinks(evidence, project.evidence().stream()
                    .filter(file -> Long.valueOf(goal.id()).equals(file.milestoneId())).toList()));
            NativeTableRow row = new NativeTableRow(new NativeTableCell(goal.goal()),
                    new NativeTableCell(IncubationUi.number(goal.target()) + " " + goal.unit()),
                    new NativeTableCell(IncubationUi.number(goal.achieved())),
                    new NativeTableCell(IncubationUi.date(goal.due())),
                    new NativeTableCell(getTranslation("incubation.milestoneStatus." + goal.status())),
                    new NativeTableCell(goal.reviewComment() == null ? "" : goal.reviewComment()),
                    new NativeTableCell(actions));
            row.setId("milestone-" + goal.id());
            body.addRows(row);
        }
        return table;
    }

    private Div addForm(long projectId) {
        ComboBox<MilestoneTemplate> template = new ComboBox<>(getTranslation("incubation.milestone.template"));
        template.setItems(MilestoneTemplate.values());
        template.setItemLabelGenerator(t -> getTranslation(t.goalKey()));
        template.setId("milestone-template");
        TextField goal = new TextField(getTranslation("incubation.milestone.goal"));
        goal.setId("milestone-goal");
        goal.setMaxLength(300);
        TextField unit = new TextField(getTranslation("incubation.milestone.unit"));
        unit.setId("milestone-unit");
        unit.setMaxLength(60);
        BigDecimalField target = new BigDecimalField(getTranslation("incubation.milestone.target"));
        target.setId("milestone-target");
        DatePicker due = new DatePicker(getTranslation("incubation.milestone.due"));
        due.setId("milestone-due");
        due.setLocale(IncubationUi.locale());
        template.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                goal.setValue(getTranslation(event.getValue().goalKey()));
                unit.setValue(getTranslation(event.getValue().unitKey()));
                target.setValue(event.getValue().target());
            }
        });
        Button add = new Button(getTranslation("incubation.milestone.add"));
        add.setId("milestone-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(add, () -> {
            milestones.add(projectId, new MilestoneInput(goal.getValue(), unit.getValue(), target.getValue(),
                    due.getValue()));
            Notices.success("incubation.milestone.added");
            reload.run();
        });
        FormLayout form = new FormLayout(template, goal, unit, target, due);
        Div box = new Div(form, add);
        box.addClassName("card");
        return box;
    }

    private Dialog reportDialog(MilestoneView goal) {
        Dialog dialog = new Dialog(getTranslation("incubation.milestone.report"));
        Select<MilestoneStatus> status = new Select<>();
        status.setLabel(getTranslation("incubation.milestone.status"));
        status.setItems(Arrays.stream(MilestoneStatus.values()).filter(MilestoneStatus::settableByTeam).toList());
        status.setItemLabelGenerator(s -> getTranslation("incubation.milestoneStatus." + s));
        status.setValue(goal.status().settableByTeam() ? goal.status() : MilestoneStatus.IN_PROGRESS);
        status.setId("milestone-status");
        BigDecimalField achieved = new BigDecimalField(getTranslation("incubation.milestone.achieved"));
        achieved.setValue(goal.achieved());
        achieved.setId("milestone-achieved");
        EvidenceUpload upload = new EvidenceUpload("milestone-evidence",
                (content, name) -> evidence.uploadForMilestone(goal.id(), content, name), () -> { });
        Button save = new Button(getTranslation("incubation.milestone.saveReport"));
        save.setId("milestone-report-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(save, () -> {
            milestones.report(goal.id(), goal.version(), status.getValue(), achieved.getValue());
            dialog.close();
            reload.run();
        });
        dialog.add(new FormLayout(status, achieved), upload);
        dialog.getFooter().add(new Button(getTranslation("incubation.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    private Dialog reviewDialog(MilestoneView goal) {
        Dialog dialog = new Dialog(getTranslation("incubation.milestone.review"));
        TextArea comment = new TextArea(getTranslation("incubation.review.comment"));
        comment.setId("milestone-review-comment");
        comment.setWidthFull();
        Button accept = new Button(getTranslation("incubation.milestone.accept"));
        accept.setId("milestone-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(accept, () -> review(dialog, goal, true, comment.getValue()));
        Button reject = new Button(getTranslation("incubation.milestone.reject"));
        reject.setId("milestone-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        SingleSubmit.onClick(reject, () -> review(dialog, goal, false, comment.getValue()));
        dialog.add(new Paragraph(goal.goal()), comment);
        dialog.getFooter().add(new HorizontalLayout(reject, accept));
        return dialog;
    }

    private void review(Dialog dialog, MilestoneView goal, boolean accept, String comment) {
        milestones.review(goal.id(), goal.version(), accept, comment);
        dialog.close();
        reload.run();
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
