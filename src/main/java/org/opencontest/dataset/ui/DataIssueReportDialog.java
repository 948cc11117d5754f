package org.opencontest.dataset.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.opencontest.dataset.DataFileView;
import org.opencontest.dataset.DatasetPage;
import org.opencontest.dataset.ReleaseView;
import org.opencontest.dataset.internal.SchemaField;
import org.opencontest.dataset.issue.DataIssueInput;
import org.opencontest.dataset.issue.DataIssueKind;
import org.opencontest.dataset.issue.DataIssueView;
import org.opencontest.dataset.issue.DataIssues;
import org.opencontest.shared.ui.Notices;

/**
 * Reporting a data issue: the kind, the release and column it concerns (the column from the release's data
 * dictionary when it has one), a title and a markdown description. Once reported, the dialog offers to attach one
 * evidence file to it.
 */
class DataIssueReportDialog extends Dialog {

    private final transient DataIssues issues;
    private final DatasetPage dataset;
    private final Runnable reload;
    private final Select<DataIssueKind> kind = new Select<>();
    private final Select<ReleaseView> release = new Select<>();
    private final ComboBox<String> column = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();

    DataIssueReportDialog(DataIssues issues, DatasetPage dataset, Runnable reload) {
        this.issues = issues;
        this.dataset = dataset;
        this.reload = reload;
        setId("issue-report-dialog");
        setHeaderTitle(getTranslation("dataset.issue.report"));
        kind.setId("issue-kind");
        kind.setLabel(getTranslation("dataset.issue.field.kind"));
        kind.setItems(DataIssueKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        release.setId("issue-release");
        release.setLabel(getTranslation("dataset.issue.field.release"));
        release.setItems(dataset.releases());
        release.setItemLabelGenerator(value -> value == null ? getTranslation("dataset.issue.wholeDataset")
                : getTranslation("dataset.page.releaseLabel", value.number(), value.label()));
        release.setEmptySelectionAllowed(true);
        release.setEmptySelectionCaption(getTranslation("dataset.issue.wholeDataset"));
        release.setValue(dataset.latest().orElse(null));
        release.addValueChangeListener(change -> offerColumns());
        column.setId("issue-column");
        column.setLabel(getTranslation("dataset.issue.field.column"));
        // only fires while custom values are allowed: for releases without a data dictionary
        column.addCustomValueSetListener(custom -> column.setValue(custom.getDetail()));
        title.setId("issue-title");
        title.setLabel(getTranslation("dataset.issue.field.title"));
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        description.setId("issue-description");
        description.setLabel(getTranslation("dataset.issue.field.description"));
        description.setHelperText(getTranslation("dataset.issue.markdownHelp"));
        description.setMaxLength(10_000);
        description.setRequiredIndicatorVisible(true);
        description.setMinHeight("10em");
        offerColumns();
        FormLayout form = new FormLayout(kind, release, column, title, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(form);
        Button submit = new Button(getTranslation("dataset.issue.submit"));
        submit.setId("issue-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        DatasetTexts.onSubmit(submit, this::submit);
        Button cancel = new Button(getTranslation("dataset.issue.cancel"), click -> close());
        getFooter().add(cancel, submit);
    }

    /** The selected release's dictionary columns; free text when it has none. */
    private void offerColumns() {
        List<String> columns = release.getValue() == null ? List.of() : release.getValue().files().stream()
                .map(DataFileView::schema).filter(schema -> schema != null)
                .flatMap(schema -> schema.fields().stream()).map(SchemaField::name).distinct().toList();
        column.clear();
        column.setItems(columns);
        column.setAllowCustomValue(columns.isEmpty());
    }

    private void submit() {
        ReleaseView concerned = release.getValue();
        DataIssueView reported = issues.report(dataset.id(), new DataIssueInput(kind.getValue(),
                concerned == null ? null : concerned.id(), column.getValue(), title.getValue(),
                description.getValue()));
        Notices.success("dataset.issue.reported", reported.id());
        reload.run();
        offerEvidence(reported);
    }

    private void offerEvidence(DataIssueView reported) {
        removeAll();
        getFooter().removeAll();
        add(new Paragraph(getTranslation("dataset.issue.evidence.offer", reported.id())),
                new DataIssueEvidenceUpload("issue-evidence-upload",
                        (content, name) -> issues.attachEvidence(reported.id(), content, name), reload));
        Button done = new Button(getTranslation("dataset.issue.done"), click -> close());
        done.setId("issue-done");
        getFooter().add(done);
    }
}
