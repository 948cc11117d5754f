package org.opencontest.judging.ui;

import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.opencontest.judging.CriterionInput;
import org.opencontest.judging.JudgeScoring;
import org.opencontest.judging.ScoringSheet;
import org.opencontest.judging.SheetInput;
import org.opencontest.judging.SheetState;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.ConfirmAction;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.shared.ui.ViewerZone;

/**
 * A judge's scoring page: the entry ({@link EntryPanel}) beside the rubric with its level descriptors. Every change
 * saves the draft (text fields after a pause in typing); the version the page loaded travels with each save, so a
 * second tab that saved meanwhile makes this one stop saving and ask for a reload, keeping what is on screen.
 */
@Route("judging/sheets/:assignmentId")
@PermitAll
public class ScoringView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int TYPING_PAUSE_MS = 1200;

    private final transient JudgeScoring scoring;
    private final Map<String, RadioButtonGroup<Integer>> scores = new HashMap<>();
    private final Map<String, TextArea> comments = new HashMap<>();
    private final TextArea teamComment = new TextArea();
    private final TextArea privateNote = new TextArea();
    private final Span status = new Span();
    private final Button reload = new Button();
    private long assignmentId;
    private long version;
    private boolean editable;
    private boolean loading;

    public ScoringView(JudgeScoring scoring) {
        this.scoring = scoring;
        setId("scoring");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        assignmentId = event.getRouteParameters().getLong("assignmentId").orElse(-1L);
        ScoringSheet sheet;
        try {
            sheet = scoring.open(assignmentId);
        } catch (NotFoundException unknownOrNotMine) {
            // someone else's or a guessed id looks exactly like a missing one
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        removeAll();
        scores.clear();
        comments.clear();
        version = sheet.sheet().version();
        editable = sheet.editable();
        add(new H1(getTranslation("scoring.title", sheet.roundName().in(getLocale()))),
                new Span(sheet.contestTitle().in(getLocale())), deadline(sheet));
        HorizontalLayout sides = new HorizontalLayout(new EntryPanel(sheet.entry(), this::openFile),
                rubric(sheet));
        sides.setWidthFull();
        sides.setWrap(true);
        sides.setAlignItems(FlexComponent.Alignment.START);
        add(sides);
        show(sheet.sheet());
    }

    private Span deadline(ScoringSheet sheet) {
        String when = DeadlineText.of(this, getLocale(), sheet.deadline(), sheet.contestZone());
        Span deadline = new Span(getTranslation("scoring.queue.deadline", when));
        deadline.setId("scoring-deadline");
        return deadline;
    }

    private VerticalLayout rubric(ScoringSheet sheet) {
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("scoring.rubric")));
        form.setId("rubric");
        form.setPadding(false);
        form.addClassName("scoring-rubric");
        form.getStyle().set("flex", "1 1 24rem");
        for (CriterionInput criterion : sheet.criteria()) {
            RadioButtonGroup<Integer> score = CriterionScale.of(this, getLocale(), criterion);
            score.addValueChangeListener(change -> autosave());
            TextArea comment = textArea("scoring.comment", "comment-" + criterion.key());
            scores.put(criterion.key(), score);
            comments.put(criterion.key(), comment);
            form.add(score, comment);
        }
        teamComment.setLabel(getTranslation("scoring.teamComment"));
        teamComment.setHelperText(getTranslation("scoring.teamCommentHint"));
        privateNote.setLabel(getTranslation("scoring.privateNote"));
        privateNote.setHelperText(getTranslation("scoring.privateNoteHint"));
        for (TextArea area : new TextArea[] {teamComment, privateNote}) {
            area.setWidthFull();
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.setValueChangeTimeout(TYPING_PAUSE_MS);
            area.addValueChangeListener(change -> autosave());
        }
        teamComment.setId("team-comment");
        privateNote.setId("private-note");
        status.setId("sheet-status");
        reload.setText(getTranslation("scoring.reload"));
        reload.setId("sheet-reload");
        reload.setVisible(false);
        reload.addClickListener(click -> getUI().ifPresent(ui -> ui.getPage().reload()));
        form.add(teamComment, privateNote, status, reload);
        if (editable) {
            form.add(actions());
        }
        return form;
    }

    private HorizontalLayout actions() {
        Button submit = new Button(getTranslation("scoring.submit"));
        submit.setId("sheet-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(submit, () -> ConfirmAction.irreversible("scoring.submit", () -> {
            SheetState submitted = scoring.submit(assignmentId, version, input());
            editable = false;
            Notices.success("scoring.submitted");
            show(submitted);
            submit.getParent().ifPresent(parent -> parent.setVisible(false));
        }).ask());
        Button recuse = new Button(getTranslation("scoring.recuse"));
        recuse.setId("sheet-recuse");
        recuse.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        recuse.addClickListener(click -> new RecusalDialog("scoring.recuse", reason -> {
            scoring.recuse(assignmentId, reason);
            Notices.success("scoring.recused");
            getUI().ifPresent(ui -> ui.navigate(JudgeHomeView.class));
        }).open());
        return new HorizontalLayout(submit, recuse);
    }

    private TextArea textArea(String labelKey, String id) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setWidthFull();
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(TYPING_PAUSE_MS);
        area.addValueChangeListener(change -> autosave());
        return area;
    }

    /** Shows a saved state without saving it again. */
    private void show(SheetState state) {
        loading = true;
        try {
            scores.forEach((key, field) -> field.setValue(state.input().scores().get(key)));
            comments.forEach((key, field) -> field.setValue(state.input().comments().getOrDefault(key, "")));
            teamComment.setValue(state.input().teamComment());
            privateNote.setValue(state.input().privateNote());
        } finally {
            loading = false;
        }
        scores.values().forEach(field -> field.setReadOnly(!editable));
        comments.values().forEach(field -> field.setReadOnly(!editable));
        teamComment.setReadOnly(!editable);
        privateNote.setReadOnly(!editable);
        version = state.version();
        status.setText(switch (state.progress()) {
            case SUBMITTED -> getTranslation("scoring.status.submitted",
                    DateTimes.format(state.submittedAt(), ViewerZone.get(), getLocale()),
                    String.format(getLocale(), "%.1f", state.weightedScore()));
            case DRAFT -> getTranslation("scoring.status.saved",
                    DateTimes.format(state.updatedAt(), ViewerZone.get(), getLocale()));
            default -> getTranslation(editable ? "scoring.status.new" : "scoring.status.closed");
        });
    }

    private void autosave() {
        if (loading || !editable) {
            return;
        }
        try {
            SheetState saved = scoring.saveDraft(assignmentId, version, input());
            version = saved.version();
            status.setText(getTranslation("scoring.status.saved",
                    DateTimes.format(saved.updatedAt(), ViewerZone.get(), getLocale())));
        } catch (UserFacingException refused) {
            if ("judging.sheet.error.changedElsewhere".equals(refused.getMessageKey())) {
                // stop saving over the other tab's work; what is on screen stays until the judge reloads
                editable = false;
                status.setText(getTranslation(refused.getMessageKey()));
                reload.setVisible(true);
            }
            Notices.error(refused);
        }
    }

    private SheetInput input() {
        Map<String, Integer> values = new HashMap<>();
        scores.forEach((key, field) -> values.put(key, field.getValue()));
        Map<String, String> texts = new HashMap<>();
        comments.forEach((key, field) -> texts.put(key, field.getValue()));
        return new SheetInput(values, texts, teamComment.getValue(), privateNote.getValue());
    }

    private void openFile(long fileId) {
        String link = scoring.fileLink(assignmentId, fileId).toString();
        getUI().ifPresent(ui -> ui.getPage().open(link, "_blank"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scoring.pageTitle");
    }
}
