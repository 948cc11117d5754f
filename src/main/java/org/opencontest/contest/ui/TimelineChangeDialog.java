package org.opencontest.contest.ui;

import java.time.ZoneId;
import java.util.function.Consumer;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;

import org.opencontest.contest.ContestRules;
import org.opencontest.contest.TimelineChangeNote;
import org.opencontest.contest.internal.TimelineChangePreview;
import org.opencontest.shared.ui.ConfirmAction;

/**
 * Confirms a change that shortens a published timeline: lists the moved deadlines, says how many teams have not
 * submitted yet (they are mailed), asks for the reason shown under "Changes", and, when a phase would close at a
 * moment already past, for the explicit "close now". The service enforces the same rules.
 */
final class TimelineChangeDialog {

    private TimelineChangeDialog() {
    }

    static ConfirmAction ask(TimelineChangePreview change, ZoneId zone, Consumer<TimelineChangeNote> save) {
        TextArea reason = new TextArea();
        Checkbox closeNow = new Checkbox();
        ConfirmAction dialog = new ConfirmAction("contest.editor.change",
                () -> save.accept(new TimelineChangeNote(reason.getValue(), closeNow.getValue())));
        UnorderedList shifts = new UnorderedList();
        shifts.setId("change-shifts");
        change.shifts().forEach(shift -> shifts.add(new ListItem(ContestTexts.shift(dialog, shift, zone))));
        Paragraph affected = new Paragraph(dialog.getTranslation("contest.editor.change.affected",
                change.affected().notSubmitted(), change.affected().withDraft()));
        affected.setId("change-affected");
        reason.setId("change-reason");
        reason.setLabel(dialog.getTranslation("contest.editor.change.reason"));
        reason.setMaxLength(ContestRules.CHANGE_REASON_MAX);
        reason.setRequired(change.shortening());
        reason.setWidthFull();
        closeNow.setId("change-close-now");
        closeNow.setLabel(dialog.getTranslation("contest.editor.change.closeNow"));
        closeNow.setVisible(change.closesInPast());
        return dialog.with(shifts, affected, reason, closeNow).onlyIf(() -> {
            boolean reasonMissing = change.shortening() && reason.getValue().isBlank();
            reason.setInvalid(reasonMissing);
            reason.setErrorMessage(reasonMissing ? dialog.getTranslation("contest.change.error.reason") : null);
            boolean closeUnconfirmed = change.closesInPast() && !closeNow.getValue();
            closeNow.getStyle().set("color", closeUnconfirmed ? "var(--lumo-error-text-color)" : null);
            return !reasonMissing && !closeUnconfirmed;
        }).ask();
    }
}
