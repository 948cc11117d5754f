package org.opencontest.contest.ui;

import java.time.Period;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.opencontest.contest.internal.ContestCloning;
import org.opencontest.contest.ContestEditState;
import org.opencontest.shared.ui.ConfirmAction;
import org.opencontest.shared.ui.Notices;

/**
 * The yearly contest: asks for the offset (one year by default), clones the contest and hands the clone, a draft, to
 * the caller to open. Unsaved edits of the contest are not part of the clone.
 */
final class CloneDialog {

    private CloneDialog() {
    }

    static void ask(ContestCloning cloning, long contestId, Consumer<ContestEditState> open) {
        IntegerField years = field("clone-years", "contest.clone.years", 1);
        IntegerField months = field("clone-months", "contest.clone.months", 0);
        IntegerField days = field("clone-days", "contest.clone.days", 0);
        new ConfirmAction("contest.clone", () -> {
            ContestEditState clone = cloning.cloneContest(contestId,
                    Period.of(orZero(years), orZero(months), orZero(days)));
            Notices.success("contest.clone.done");
            open.accept(clone);
        }).with(new HorizontalLayout(years, months, days)).ask();
    }

    private static IntegerField field(String id, String key, int value) {
        IntegerField field = new IntegerField(UI.getCurrent().getTranslation(key));
        field.setId(id);
        field.setValue(value);
        field.setStepButtonsVisible(true);
        return field;
    }

    private static int orZero(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
