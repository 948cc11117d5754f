package org.opencontest.dataset.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import org.opencontest.dataset.DatasetPage;
import org.opencontest.dataset.ReleaseView;
import org.opencontest.dataset.issue.DataIssueDecision;
import org.opencontest.dataset.issue.DataIssueStatus;
import org.opencontest.dataset.issue.DataIssueView;
import org.opencontest.dataset.issue.DataIssues;
import org.opencontest.shared.ui.Notices;

/**
 * The publisher's triage of one issue: acknowledged, fixed in a release (a draft schedules the fix for its
 * publication), won't fix with a reason, or a duplicate of another issue. The reporter is told by the service.
 */
class DataIssueTriageDialog extends Dialog {

    private static final List<DataIssueStatus> DECISIONS = List.of(DataIssueStatus.ACKNOWLEDGED,
            DataIssueStatus.FIXED, DataIssueStatus.WONT_FIX, DataIssueStatus.DUPLICATE);

    private final Select<DataIssueStatus> status = new Select<>();
    private final Select<ReleaseView> release = new Select<>();
    private final TextArea reason = new TextArea();
    private final IntegerField duplicateOf = new IntegerField();

    DataIssueTriageDialog(DataIssues issues, DatasetPage dataset, DataIssueView issue, Runnable reload) {
        setId("issue-triage-dialog");
        setHeaderTitle(getTranslation("dataset.issue.triageTitle", issue.id(), issue.title()));
        status.setId("triage-status");
        status.setLabel(getTranslation("dataset.issue.field.status"));
        status.setItems(DECISIONS);
        status.setItemLabelGenerator(value -> getTranslation("dataset.issue.decision." + value.name()));
        status.addValueChangeListener(change -> showFields());
        release.setId("triage-release");
        release.setLabel(getTranslation("dataset.issue.field.fixedIn"));
        release.setItems(dataset.releases());
        release.setItemLabelGenerator(value -> getTranslation("dataset.page.releaseLabel", value.number(),
                value.label()) + (value.isDraft() ? " — " + getTranslation("dataset.release.status.DRAFT") : ""));
        reason.setId("triage-reason");
        reason.setLabel(getTranslation("dataset.issue.field.reason"));
        reason.setMaxLength(2000);
        duplicateOf.setId("triage-duplicate");
        duplicateOf.setLabel(getTranslation("dataset.issue.field.duplicateOf"));
        duplicateOf.setPrefixComponent(new Span("#"));
        status.setValue(issue.status() == DataIssueStatus.OPEN ? DataIssueStatus.ACKNOWLEDGED
                : DECISIONS.contains(issue.status()) ? issue.status() : DataIssueStatus.FIXED);
        add(new FormLayout(status, release, reason, duplicateOf));
        Button save = new Button(getTranslation("dataset.issue.triageSave"));
        save.setId("triage-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        DatasetTexts.onSubmit(save, () -> {
            issues.triage(issue.id(), issue.version(), decision());
            Notices.success("dataset.issue.triaged", issue.id());
            reload.run();
            close();
        });
        getFooter().add(new Button(getTranslation("dataset.issue.cancel"), click -> close()), save);
    }

    private void showFields() {
        DataIssueStatus chosen = status.getValue();
        release.setVisible(chosen == DataIssueStatus.FIXED);
        reason.setVisible(chosen == DataIssueStatus.WONT_FIX);
        duplicateOf.setVisible(chosen == DataIssueStatus.DUPLICATE);
    }

    private DataIssueDecision decision() {
        return new DataIssueDecision(status.getValue(), release.getValue() == null ? null : release.getValue().id(),
                reason.getValue(), duplicateOf.getValue() == null ? null : duplicateOf.getValue().longValue());
    }
}
