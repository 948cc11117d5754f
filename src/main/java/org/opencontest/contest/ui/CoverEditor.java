package org.opencontest.contest.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.streams.UploadEvent;

import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestRules;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.ContestStatus;
import org.opencontest.contest.internal.ContestCovers;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.StreamedUpload;

/**
 * The cover image tab. The upload streams straight from the request into the object store through
 * {@link ContestService#replaceCover} (no in-memory or temp-file buffering); the service checks the caller, the size
 * limit and the sniffed type. The handler runs outside the UI lock, so results are pushed back with
 * {@code ui.access}.
 */
final class CoverEditor extends Div implements LocaleChangeObserver {

    private final transient ContestService contests;
    private final SerializableSupplier<ContestEditState> state;
    private final SerializableConsumer<ContestEditState> onChange;
    private final Paragraph help = new Paragraph();
    private final Div preview = new Div();
    private final Upload upload = new Upload(new CoverUpload());
    private final Button remove = new Button(VaadinIcon.TRASH.create());

    CoverEditor(ContestService contests, SerializableSupplier<ContestEditState> state,
                SerializableConsumer<ContestEditState> onChange) {
        this.contests = contests;
        this.state = state;
        this.onChange = onChange;
        setId("cover-editor");
        help.addClassName("muted");
        preview.addClassName("cover-preview");
        upload.setId("cover-upload");
        upload.setMaxFiles(1);
        StreamedUpload.limit(upload, ContestRules.COVER_MAX_BYTES, ContestCovers.UPLOAD_RULES.browserAccept());
        remove.setId("cover-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> {
            ContestEditState current = state.get();
            onChange.accept(contests.removeCover(current.id(), current.version()));
            Notices.success("contest.editor.coverRemoved");
        });
        add(help, preview, upload, remove);
    }

    /** Shows the current cover; uploading needs a saved, not archived contest. */
    void refresh() {
        ContestEditState current = state.get();
        boolean saved = current != null;
        preview.removeAll();
        if (saved && current.hasCover()) {
            preview.add(ContestTexts.cover(this, current.coverPath(), current.input().title().in(ContestTexts.locale()),
                    null));
        } else if (saved) {
            preview.add(new Paragraph(getTranslation("contest.editor.noCover")));
        }
        boolean editable = saved && current.status() != ContestStatus.ARCHIVED;
        upload.setVisible(editable);
        remove.setVisible(editable && current.hasCover());
        help.setText(getTranslation(saved ? "contest.editor.coverHelp" : "contest.editor.coverAfterSave"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        UploadI18N i18n = StreamedUpload.texts();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("contest.editor.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("contest.editor.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("contest.editor.upload.tooBig"))
                .setIncorrectFileType(getTranslation("contest.error.coverNotImage"))
                .setTooManyFiles(getTranslation("contest.editor.upload.tooMany")));
        upload.setI18n(i18n);
        remove.setText(getTranslation("contest.editor.removeCover"));
        refresh();
    }

    /** Streams one uploaded file into the store via the service; runs on the request thread, not in the UI lock. */
    private final class CoverUpload extends StreamedUpload {

        @Override
        protected void store(UploadEvent event) {
            UI ui = event.getUI();
            ContestEditState current = state.get();
            ContestEditState updated = contests.replaceCover(current.id(), current.version(), event.getInputStream(),
                    event.getFileName());
            ui.access(() -> {
                onChange.accept(updated);
                upload.clearFileList();
                Notices.success("contest.editor.coverUploaded");
            });
        }
    }
}
