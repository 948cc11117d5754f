package org.opencontest.judging.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.opencontest.judging.internal.ConflictRegister;
import org.opencontest.judging.internal.ConflictView;
import org.opencontest.judging.internal.JudgeDetail;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.team.TeamRow;

/**
 * The contest's conflicts of interest on the organiser's judging page: run the detection, declare one a judge
 * reported (judge × team with a reason), read all recorded ones and keep or clear each. Conflicts hold for every round of the contest;
 * the assignment never pairs a judge with a team they conflict with.
 */
class ConflictSection extends VerticalLayout {

    private final transient ConflictRegister register;
    private final long contestId;
    private final Grid<ConflictView> conflicts = new Grid<>();
    private final ComboBox<JudgeDetail> judge = new ComboBox<>();
    private final ComboBox<TeamRow> team = new ComboBox<>();

    ConflictSection(ConflictRegister register, long contestId, Runnable changed) {
        this.register = register;
        this.contestId = contestId;
        setPadding(false);
        Button detect = new Button(getTranslation("judging.conflict.detect"));
        detect.setId("detect-conflicts");
        SingleSubmit.onClick(detect, () -> {
            Notices.success("judging.conflict.detected", register.detect(contestId));
            changed.run();
        });
        add(new Paragraph(getTranslation("judging.conflict.explain")), detect, declareForm(changed), grid(changed));
    }

    /** Fills the choices and the list; the page passes the jury it has just read. */
    void show(List<JudgeDetail> jury) {
        judge.setItems(jury);
        team.setItems(register.teams(contestId));
        conflicts.setItems(register.conflicts(contestId));
    }

    private HorizontalLayout declareForm(Runnable changed) {
        judge.setLabel(getTranslation("judging.conflict.judge"));
        judge.setItemLabelGenerator(JudgeDetail::displayName);
        judge.setId("conflict-judge");
        team.setLabel(getTranslation("judging.conflict.team"));
        team.setItemLabelGenerator(TeamRow::name);
        team.setId("conflict-team");
        TextField note = new TextField(getTranslation("judging.conflict.note"));
        note.setId("conflict-note");
        note.setMaxLength(2000);
        Button declare = new Button(getTranslation("judging.conflict.declare"));
        declare.setId("conflict-declare");
        SingleSubmit.onClick(declare, () -> {
            if (judge.getValue() == null || team.getValue() == null) {
                throw new UserFacingException("judging.conflict.error.pair");
            }
            ConflictView declared = register.declare(judge.getValue().id(), team.getValue().id(), note.getValue());
            Notices.success("judging.conflict.declaredNotice", declared.judgeName(), declared.teamName());
            judge.clear();
            team.clear();
            note.clear();
            changed.run();
        });
        HorizontalLayout form = new HorizontalLayout(judge, team, note, declare);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Grid<ConflictView> grid(Runnable changed) {
        conflicts.addColumn(ConflictView::judgeName).setHeader(getTranslation("judging.judge.field.name"));
        conflicts.addColumn(ConflictView::teamName).setHeader(getTranslation("judging.conflict.team"));
        conflicts.addColumn(conflict -> getTranslation("judging.conflict.reason." + conflict.reason().name()))
                .setHeader(getTranslation("judging.conflict.reason")).setFlexGrow(2);
        conflicts.addColumn(conflict -> conflict.evidence().isEmpty() ? conflict.note() : conflict.evidence())
                .setHeader(getTranslation("judging.conflict.evidence")).setFlexGrow(2);
        conflicts.addColumn(conflict -> getTranslation("judging.conflict.status." + conflict.status().name()))
                .setHeader(getTranslation("judging.round.field.status"));
        conflicts.addComponentColumn(conflict -> {
            Button decide = new Button(getTranslation("judging.conflict.decide"),
                    click -> new ConflictDecision(register, conflict, changed).open());
            decide.setId("conflict-decide-" + conflict.id());
            decide.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return decide;
        }).setKey("decide");
        conflicts.setEmptyStateText(getTranslation("judging.setup.noConflicts"));
        conflicts.setAllRowsVisible(true);
        conflicts.setId("conflicts");
        return conflicts;
    }
}
