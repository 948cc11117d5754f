package org.opencontest.judging.ui;

import java.time.LocalDateTime;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.opencontest.judging.JudgeAssignments;
import org.opencontest.judging.JudgingSetup;
import org.opencontest.judging.RoundDetail;
import org.opencontest.judging.RoundInput;
import org.opencontest.judging.internal.AssignmentOverview;
import org.opencontest.judging.internal.SheetProgress;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.ui.ConfirmAction;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.PickerTexts;
import org.opencontest.shared.ui.SingleSubmit;

/**
 * A round's assignment for its organisers: run the balanced assignment, see load per judge, coverage per entry,
 * whether judges are connected and why the plan fell short; add or remove judges by hand.
 */
@Route("organise/judging/rounds/:roundId/assignment")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
public class AssignmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient JudgeAssignments assignments;
    private final transient JudgingSetup setup;
    private final Grid<AssignmentOverview.Load> loads = new Grid<>();
    private final Grid<AssignmentOverview.Coverage> coverage = new Grid<>();
    private final ComboBox<AssignmentOverview.Coverage> entryChoice = new ComboBox<>();
    private final ComboBox<AssignmentOverview.Load> judgeChoice = new ComboBox<>();
    private final Div issues = new Div();
    private final Span connectivity = new Span();
    private long roundId;
    private int perEntry;

    public AssignmentView(JudgeAssignments assignments, JudgingSetup setup) {
        this.assignments = assignments;
        this.setup = setup;
        setId("assignment");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        roundId = event.getRouteParameters().getLong("roundId").orElse(-1L);
        AssignmentOverview overview;
        try {
            overview = assignments.overview(roundId);
        } catch (NotFoundException unknownOrNotYours) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        perEntry = overview.judgesPerEntry();
        removeAll();
        String deadline = DeadlineText.of(this, getLocale(), overview.judgingDeadline(), overview.contestZone());
        add(new Anchor("organise/contests/" + overview.contestId() + "/judging", getTranslation("assignment.back")),
                new H1(getTranslation("assignment.title", overview.roundName().in(getLocale()))),
                new Paragraph(getTranslation(overview.blind() ? "assignment.facts.blind" : "assignment.facts.open",
                        overview.judgesPerEntry(), deadline)),
                deadlineForm(overview), runButton(overview), connectivity, issues,
                new H3(getTranslation("assignment.loads")), loadsGrid(),
                new H3(getTranslation("assignment.coverage")), manualForm(), coverageGrid());
        show(overview);
    }

    /** The round's judging deadline, as a wall-clock time in the contest's zone. */
    private HorizontalLayout deadlineForm(AssignmentOverview overview) {
        DateTimePicker picker = new DateTimePicker(getTranslation("assignment.deadline",
                overview.contestZone().getId()));
        picker.setId("round-deadline");
        picker.setDatePickerI18n(PickerTexts.datePicker(getLocale()));
        if (overview.judgingDeadline() != null) {
            picker.setValue(LocalDateTime.ofInstant(overview.judgingDeadline(), overview.contestZone()));
        }
        Button save = new Button(getTranslation("assignment.deadline.save"));
        save.setId("round-deadline-save");
        SingleSubmit.onClick(save, () -> {
            RoundDetail round = setup.rounds(overview.contestId()).stream().filter(r -> r.id() == roundId)
                    .findFirst().orElseThrow(NotFoundException::new);
            RoundInput input = round.input();
            setup.updateRound(roundId, round.version(), new RoundInput(input.name(), input.rubricId(), input.blind(),
                    input.judgesPerEntry(), input.advanceCount(), input.advanceThreshold(), input.aggregation(),
                    picker.getValue() == null ? null : picker.getValue().atZone(overview.contestZone()).toInstant(),
                    input.stage()));
            Notices.success("assignment.deadline.saved");
            UI.getCurrent().refreshCurrentRoute(false);
        });
        HorizontalLayout form = new HorizontalLayout(picker, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return form;
    }

    /** Asks first: judges are mailed at once; while teams may still submit, says what that means for entries. */
    private Button runButton(AssignmentOverview overview) {
        Button run = new Button(getTranslation("assignment.run"));
        run.setId("assignment-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(click -> {
            ConfirmAction confirm = ConfirmAction.irreversible("assignment.runConfirm", () -> {
                AssignmentOverview result = assignments.assign(roundId);
                if (result.issues().isEmpty()) {
                    Notices.success("assignment.done");
                } else {
                    Notices.error("assignment.incomplete");
                }
                show(result);
            });
            if (overview.submissionCloses() != null) {
                Paragraph warning = new Paragraph(getTranslation("assignment.submissionOpen",
                        DeadlineText.of(this, getLocale(), overview.submissionCloses(), overview.contestZone())));
                warning.setId("assignment-submission-open");
                warning.addClassName("field-error");
                confirm.with(warning);
            }
            confirm.ask();
        });
        return run;
    }

    private HorizontalLayout manualForm() {
        entryChoice.setLabel(getTranslation("assignment.entry"));
        entryChoice.setItemLabelGenerator(this::entryLabel);
        entryChoice.setId("manual-entry");
        judgeChoice.setLabel(getTranslation("assignment.judge"));
        judgeChoice.setItemLabelGenerator(load -> getTranslation("assignment.judgeLoad", load.judgeName(),
                load.load(), load.maxLoad()));
        judgeChoice.setId("manual-judge");
        Button add = new Button(getTranslation("assignment.add"));
        add.setId("manual-add");
        SingleSubmit.onClick(add, () -> {
            if (entryChoice.getValue() == null || judgeChoice.getValue() == null) {
                throw new UserFacingException("assignment.error.choose");
            }
            show(assignments.add(roundId, entryChoice.getValue().entryId(), judgeChoice.getValue().judgeId()));
            Notices.success("assignment.added");
        });
        HorizontalLayout form = new HorizontalLayout(entryChoice, judgeChoice, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Grid<AssignmentOverview.Load> loadsGrid() {
        loads.addColumn(AssignmentOverview.Load::judgeName).setHeader(getTranslation("assignment.judge"))
                .setFlexGrow(2);
        loads.addColumn(load -> getTranslation("assignment.loadOfMax", load.load(), load.maxLoad()))
                .setHeader(getTranslation("assignment.load"));
        loads.addColumn(AssignmentOverview.Load::submitted).setHeader(getTranslation("assignment.submitted"));
        loads.setPartNameGenerator(load -> load.load() > load.maxLoad() ? "over-load" : null);
        loads.setAllRowsVisible(true);
        loads.setId("judge-loads");
        return loads;
    }

    private Grid<AssignmentOverview.Coverage> coverageGrid() {
        coverage.addColumn(this::entryLabel).setHeader(getTranslation("assignment.entry")).setFlexGrow(2);
        coverage.addColumn(AssignmentOverview.Coverage::teamName).setHeader(getTranslation("assignment.team"));
        coverage.addColumn(entry -> getTranslation("assignment.loadOfMax", entry.active(), perEntry))
                .setHeader(getTranslation("assignment.judges"));
        coverage.addComponentColumn(this::judgesOf).setHeader(getTranslation("assignment.assigned")).setFlexGrow(4);
        coverage.setPartNameGenerator(entry -> entry.active() < perEntry ? "short" : null);
        coverage.setEmptyStateText(getTranslation("assignment.noEntries"));
        coverage.setId("entry-coverage");
        coverage.setAllRowsVisible(true);
        return coverage;
    }

    private HorizontalLayout judgesOf(AssignmentOverview.Coverage entry) {
        HorizontalLayout row = new HorizontalLayout();
        row.setWrap(true);
        for (AssignmentOverview.Assigned judge : entry.judges()) {
            String text = getTranslation("assignment.assignedJudge", judge.judgeName(),
                    getTranslation("scoring.progress." + judge.progress().name()),
                    getTranslation(judge.manual() ? "assignment.origin.manual" : "assignment.origin.auto"));
            Span label = new Span(judge.progress() == SheetProgress.RECUSED
                    ? text + " — " + judge.recusalReason() : text);
            label.getElement().getThemeList().add("badge" + (judge.progress() == SheetProgress.RECUSED
                    ? " error" : ""));
            row.add(label);
            if (judge.progress() != SheetProgress.SUBMITTED && judge.progress() != SheetProgress.RECUSED) {
                Button remove = new Button(getTranslation("assignment.remove"));
                remove.setId("remove-" + judge.assignmentId());
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                SingleSubmit.onClick(remove, () -> {
                    show(assignments.remove(judge.assignmentId()));
                    Notices.success("assignment.removed");
                });
                row.add(remove);
            }
        }
        return row;
    }

    private String entryLabel(AssignmentOverview.Coverage entry) {
        return "#" + entry.entryId() + " " + entry.title().in(getLocale());
    }

    private void show(AssignmentOverview overview) {
        loads.setItems(overview.judges());
        coverage.setItems(overview.entries());
        entryChoice.setItems(overview.entries());
        judgeChoice.setItems(overview.judges());
        connectivity.setId("assignment-connectivity");
        connectivity.setText(overview.entries().isEmpty() ? getTranslation("assignment.notYet")
                : getTranslation(overview.components() <= 1 ? "assignment.connected" : "assignment.disconnected",
                        overview.components()));
        issues.removeAll();
        issues.setId("assignment-issues");
        for (AssignmentOverview.Issue issue : overview.issues()) {
            issues.add(new Paragraph(getTranslation(issue.messageKey(), issue.arguments().toArray())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assignment.pageTitle");
    }
}
