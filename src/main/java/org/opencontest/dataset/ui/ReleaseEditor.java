package org.opencontest.dataset.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.UploadEvent;

import org.opencontest.dataset.DataFileView;
import org.opencontest.dataset.DatasetPage;
import org.opencontest.dataset.DatasetPublishing;
import org.opencontest.dataset.issue.DataIssues;
import org.opencontest.dataset.ReleaseView;
import org.opencontest.dataset.internal.SchemaField;
import org.opencontest.dataset.internal.ValidationIssue;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.FileSize;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.ui.ConfirmAction;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.StreamedUpload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The releases tab of the dataset editor: the draft release (label, changelog, file upload with progress, each
 * CSV file's validation report and data dictionary, publish with an optional embargo) and the published releases.
 * Uploads stream from the request straight into the object store through {@link DatasetPublishing#uploadFile};
 * the handler runs outside the UI lock and pushes results back with {@code ui.access}.
 */
final class ReleaseEditor extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseEditor.class);

    private final transient DatasetPublishing publishing;
    private final transient DataIssues issues;
    private final SerializableSupplier<DatasetPage> dataset;
    private final SerializableRunnable reload;
    private final transient Clock clock;

    ReleaseEditor(DatasetPublishing publishing, DataIssues issues, SerializableSupplier<DatasetPage> dataset,
                  SerializableRunnable reload, Clock clock) {
        this.publishing = publishing;
        this.issues = issues;
        this.clock = clock;
        this.dataset = dataset;
        this.reload = reload;
        setId("release-editor");
    }

    void refresh() {
        removeAll();
        DatasetPage current = dataset.get();
        if (current == null) {
            return;
        }
        if (current.releases().stream().noneMatch(ReleaseView::isDraft)) {
            add(newRelease(current));
        }
        current.releases().forEach(release -> add(release.isDraft() ? draft(release) : published(release)));
        if (current.releases().isEmpty()) {
            add(new Paragraph(getTranslation("dataset.release.none")));
        }
    }

    private Component newRelease(DatasetPage current) {
        TextField label = new TextField(getTranslation("dataset.release.label"));
        label.setId("new-release-label");
        label.setPlaceholder("v" + (current.releases().size() + 1));
        Button create = new Button(getTranslation("dataset.release.new"), VaadinIcon.PLUS.create());
        create.setId("new-release");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        DatasetTexts.onSubmit(create, () -> {
            publishing.createRelease(current.id(), current.version(), label.getValue(), LocalizedText.EMPTY);
            Notices.success("dataset.release.created");
            reload.run();
        });
        HorizontalLayout row = new HorizontalLayout(label, create);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Component draft(ReleaseView release) {
        Div card = new Div(new H3(getTranslation("dataset.page.releaseLabel", release.number(), release.label())
                + " — " + getTranslation("dataset.release.status.DRAFT")));
        card.addClassNames("card", "release-card");
        card.setId("release-" + release.number());
        TextField label = new TextField(getTranslation("dataset.release.label"), release.label(), "");
        label.setId("release-label");
        TextArea changelogEn = new TextArea(getTranslation("label.english", getTranslation("dataset.release.changelog")));
        changelogEn.setValue(release.changelog().en());
        changelogEn.setId("release-changelog-en");
        TextArea changelogZh = new TextArea(getTranslation("label.chinese", getTranslation("dataset.release.changelog")));
        changelogZh.setValue(release.changelog().zh());
        changelogZh.setId("release-changelog-zh");
        Button describe = new Button(getTranslation("dataset.release.saveDescription"));
        describe.setId("release-save");
        DatasetTexts.onSubmit(describe, () -> {
            publishing.describeRelease(release.id(), release.version(), label.getValue(),
                    new LocalizedText(changelogEn.getValue(), changelogZh.getValue()));
            Notices.success("dataset.editor.saved");
            reload.run();
        });
        HorizontalLayout texts = new HorizontalLayout(label, changelogEn, changelogZh, describe);
        texts.setAlignItems(FlexComponent.Alignment.BASELINE);
        texts.setWrap(true);
        card.add(texts, new H4(getTranslation("dataset.release.files")), upload(release));
        release.files().forEach(file -> card.add(draftFile(file)));
        card.add(new ReleaseFixesPicker(issues, dataset.get().id(), release, reload), publish(release));
        return card;
    }

    private Upload upload(ReleaseView release) {
        Upload upload = new Upload();
        upload.setUploadHandler(new ReleaseUpload(release.id(), upload));
        upload.setId("release-upload");
        long maxBytes = publishing.maxFileBytes();
        // any format of open data; the server sniffs each file and refuses names that contradict their content
        StreamedUpload.limit(upload, maxBytes, List.of());
        UploadI18N i18n = StreamedUpload.texts();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("dataset.upload.add"))
                .setMany(getTranslation("dataset.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("dataset.upload.drop"))
                .setMany(getTranslation("dataset.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("storage.error.tooLarge",
                new FileSize(maxBytes))));
        upload.setI18n(i18n);
        Paragraph help = new Paragraph(getTranslation("dataset.upload.help"));
        help.addClassName("muted");
        upload.getElement().appendChild(help.getElement());
        return upload;
    }

    private Component draftFile(DataFileView file) {
        Div box = new Div();
        box.addClassName("release-file");
        box.setId("draft-file-" + file.id());
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.setId("remove-file-" + file.id());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("dataset.release.removeFile"));
        DatasetTexts.onSubmit(remove, () -> {
            publishing.removeFile(file.id(), file.version());
            Notices.success("dataset.release.fileRemoved", file.name());
            reload.run();
        });
        HorizontalLayout header = new HorizontalLayout(new Span(file.name()),
                DatasetTexts.badge(file.format(), "badge-format"), new Span(DatasetTexts.size(file.size())), remove);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        Span sha = new Span("SHA-256 " + file.sha256());
        sha.addClassNames("checksum", "muted");
        box.add(header, sha);
        if (file.report() != null) {
            box.add(report(file));
        }
        if (file.schema() != null) {
            box.add(dictionaryEditor(file));
        }
        return box;
    }

    private Component report(DataFileView file) {
        Div report = new Div();
        report.setId("report-" + file.id());
        report.addClassName("validation-report");
        report.add(new Paragraph(getTranslation("dataset.report.summary", file.report().encoding() == null ? "?"
                : file.report().encoding(), file.report().dataRows())));
        if (file.report().issues().isEmpty()) {
            Span ok = new Span(getTranslation("dataset.report.ok"));
            ok.addClassName("report-ok");
            report.add(ok);
        }
        for (ValidationIssue issue : file.report().issues()) {
            Div line = new Div(new Span(getTranslation(issue.isError() ? "dataset.report.error" : "dataset.report.warning")
                    + " "), new Span(getTranslation(issue.messageKey(), issue.arguments())));
            line.addClassName(issue.isError() ? "report-error" : "report-warning");
            report.add(line);
        }
        return report;
    }

    private Component dictionaryEditor(DataFileView file) {
        NativeTable table = new NativeTable();
        table.addClassName("data-table");
        table.getHead().addRows(new NativeTableRow(
                new NativeTableHeaderCell(getTranslation("dataset.schema.name")),
                new NativeTableHeaderCell(getTranslation("dataset.schema.type")),
                new NativeTableHeaderCell(getTranslation("dataset.schema.nulls")),
                new NativeTableHeaderCell(getTranslation("dataset.schema.description"))));
        List<TextField> descriptions = new ArrayList<>();
        List<SchemaField> fields = file.schema().fields();
        for (int i = 0; i < fields.size(); i++) {
            SchemaField field = fields.get(i);
            TextField description = new TextField();
            description.setValue(field.description());
            description.setId("field-description-" + file.id() + "-" + i);
            description.setWidthFull();
            description.setAriaLabel(getTranslation("dataset.schema.description") + " " + field.name());
            descriptions.add(description);
            table.getBody().addRows(new NativeTableRow(new NativeTableCell(field.name()),
                    new NativeTableCell(field.type()), new NativeTableCell(String.valueOf(field.nullCount())),
                    new NativeTableCell(description)));
        }
        Button save = new Button(getTranslation("dataset.schema.save"));
        save.setId("save-descriptions-" + file.id());
        DatasetTexts.onSubmit(save, () -> {
            publishing.describeFields(file.id(), file.version(), descriptions.stream().map(TextField::getValue).toList());
            Notices.success("dataset.schema.saved");
            reload.run();
        });
        Div box = new Div(new H4(getTranslation("dataset.page.dictionary", file.name())), table, save);
        box.addClassName("dataset-dictionary");
        return box;
    }

    private Component publish(ReleaseView release) {
        DateTimePicker embargo = new DateTimePicker(getTranslation("dataset.release.embargo"));
        embargo.setId("release-embargo");
        embargo.setHelperText(getTranslation("dataset.release.embargoHelp", DatasetTexts.zone().getId()));
        Button publish = new Button(getTranslation("dataset.release.publish"), VaadinIcon.UPLOAD_ALT.create());
        publish.setId("release-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(click -> ConfirmAction.irreversible("dataset.release.publishConfirm",
                DatasetTexts.showingRefusals(() -> {
                    LocalDateTime until = embargo.getValue();
                    publishing.publishRelease(release.id(), release.version(),
                            until == null ? null : until.atZone(DatasetTexts.zone()).toInstant());
                    Notices.success("dataset.release.published");
                    reload.run();
                })).ask());
        HorizontalLayout row = new HorizontalLayout(embargo, publish);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph note = new Paragraph(getTranslation("dataset.release.publishNote"));
        note.addClassName("muted");
        return new Div(row, note);
    }

    private Component published(ReleaseView release) {
        Div card = new Div(new H3(getTranslation("dataset.page.releaseLabel", release.number(), release.label())));
        card.addClassNames("card", "release-card");
        card.setId("release-" + release.number());
        Div facts = new Div(new Div(getTranslation("dataset.page.publishedAt",
                DatasetTexts.dateTime(release.publishedAt()))));
        facts.addClassName("muted");
        if (release.isEmbargoedAt(clock.instant())) {
            facts.add(new Div(DatasetTexts.badge(getTranslation("dataset.page.embargoedUntil",
                    DatasetTexts.dateTime(release.embargoUntil())), "badge-embargo")));
        }
        card.add(facts);
        for (DataFileView file : release.files()) {
            Span line = new Span(file.name() + " · " + DatasetTexts.size(file.size()) + " · SHA-256 " + file.sha256());
            line.addClassName("checksum");
            card.add(new Div(line));
        }
        return card;
    }

    /** Streams one uploaded file into the store via the service; runs on the request thread, not in the UI lock. */
    private final class ReleaseUpload extends StreamedUpload {

        private final long releaseId;
        private final Upload upload;

        ReleaseUpload(long releaseId, Upload upload) {
            this.releaseId = releaseId;
            this.upload = upload;
        }

        @Override
        protected void store(UploadEvent event) {
            UI ui = event.getUI();
            String sentName = event.getFileName();
            try {
                DataFileView file = publishing.uploadFile(releaseId, event.getInputStream(), sentName);
                ui.access(() -> {
                    if (!file.name().equals(sentName)) {
                        Notices.success("dataset.upload.renamed", file.name());
                    } else {
                        Notices.success("dataset.upload.done", file.name());
                    }
                    reload.run();
                });
            } catch (UserFacingException refusal) {
                throw refusal;
            } catch (RuntimeException broken) {
                // the browser cancelled or the connection broke: the service kept nothing
                LOG.info("Upload of {} to release {} did not complete: {}", sentName, releaseId, broken.toString());
                ui.access(() -> Notices.error("dataset.upload.failed", sentName));
            }
        }
    }
}
