package org.opencontest.dataset.ui;

import java.io.InputStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableBiFunction;

import org.opencontest.dataset.issue.DataIssueView;
import org.opencontest.dataset.issue.DataIssues;
import org.opencontest.shared.i18n.FileSize;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.StreamedUpload;

/**
 * One evidence file for a data issue, streamed from the request straight into the service (and on to the object
 * store). The browser refuses larger files and other types before sending; the service checks both again.
 */
final class DataIssueEvidenceUpload extends Upload {

    DataIssueEvidenceUpload(String id, SerializableBiFunction<InputStream, String, DataIssueView> target,
                            Runnable afterUpload) {
        setId(id);
        setMaxFiles(1);
        StreamedUpload.limit(this, DataIssues.MAX_EVIDENCE_BYTES, DataIssues.EVIDENCE_RULES.browserAccept());
        UI ui = UI.getCurrent();
        UploadI18N i18n = StreamedUpload.texts();
        String add = ui.getTranslation("dataset.issue.evidence.add");
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add));
        String drop = ui.getTranslation("dataset.issue.evidence.drop");
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(ui.getTranslation("storage.error.tooLarge", new FileSize(DataIssues.MAX_EVIDENCE_BYTES)))
                .setIncorrectFileType(ui.getTranslation("dataset.issue.evidence.wrongType")));
        setI18n(i18n);
        setUploadHandler(StreamedUpload.storing(target, stored -> {
            Notices.success("dataset.issue.evidence.done", stored.evidenceName());
            afterUpload.run();
        }, "dataset.issue.evidence.failed"));
    }
}
