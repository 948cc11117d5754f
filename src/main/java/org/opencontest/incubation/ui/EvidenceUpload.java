package org.opencontest.incubation.ui;

import java.io.InputStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

import org.opencontest.incubation.internal.EvidenceView;
import org.opencontest.incubation.internal.IncubationEvidence;
import org.opencontest.shared.i18n.FileSize;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.StreamedUpload;

/**
 * An upload of evidence files that streams each request body straight into the service (and on to the object store),
 * never buffering the file. The browser refuses files over the limit or of other types before sending; the service
 * enforces both again while the bytes stream.
 */
final class EvidenceUpload extends Upload {

    interface Target {
        EvidenceView store(InputStream content, String fileName);
    }

    EvidenceUpload(String id, Target target, Runnable afterUpload) {
        setId(id);
        StreamedUpload.limit(this, IncubationEvidence.MAX_BYTES, IncubationEvidence.UPLOAD_RULES.browserAccept());
        UI ui = UI.getCurrent();
        UploadI18N i18n = StreamedUpload.texts();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(ui.getTranslation("incubation.evidence.add"))
                .setMany(ui.getTranslation("incubation.evidence.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(ui.getTranslation("incubation.evidence.drop"))
                .setMany(ui.getTranslation("incubation.evidence.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(ui.getTranslation("storage.error.tooLarge",
                new FileSize(IncubationEvidence.MAX_BYTES)))
                .setIncorrectFileType(ui.getTranslation("incubation.evidence.wrongType")));
        setI18n(i18n);
        setUploadHandler(StreamedUpload.storing(target::store, stored -> {
            Notices.success("incubation.evidence.done", stored.name());
            afterUpload.run();
        }, "incubation.evidence.failed"));
    }
}
