package org.opencontest.submission.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.shared.ui.ViewerZone;
import org.opencontest.submission.internal.Receipt;
import org.opencontest.submission.internal.ReceiptCheck;
import org.opencontest.submission.internal.ReceiptVerifier;

/**
 * The public receipt check: paste a receipt or upload the downloaded file; the page says whether our server signed
 * it, whether the stored submission still matches it and when its stored files were re-hashed. A receipt is tiny,
 * so the uploaded file is read (at most {@link ReceiptVerifier#MAX_DOCUMENT_CHARS} + 1 bytes) and never stored.
 */
@Route("verify")
@AnonymousAllowed
public class VerifyView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final transient ReceiptVerifier verifier;
    private final H1 title = new H1();
    private final Paragraph help = new Paragraph();
    private final TextArea receipt = new TextArea();
    private final Button check = new Button();
    private final Upload upload = new Upload(new ReceiptUpload());
    private final Div result = new Div();
    private final Anchor publicKey = new Anchor("api/public/receipts/public-key", "");

    public VerifyView(ReceiptVerifier verifier) {
        this.verifier = verifier;
        setId("verify-view");
        addClassName("page");
        receipt.setId("verify-receipt");
        receipt.setWidthFull();
        receipt.setMinHeight("14em");
        check.setId("verify-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(check, () -> show(verifier.verify(receipt.getValue())));
        upload.setId("verify-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ReceiptVerifier.MAX_DOCUMENT_CHARS * 4);
        result.setId("verify-result");
        publicKey.setRouterIgnore(true);
        add(title, help, receipt, check, upload, result, publicKey);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("submission.verify.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("submission.verify.title"));
        help.setText(getTranslation("submission.verify.help"));
        receipt.setLabel(getTranslation("submission.verify.paste"));
        check.setText(getTranslation("submission.verify.check"));
        publicKey.setText(getTranslation("submission.verify.publicKey"));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("submission.verify.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("submission.verify.drop")));
        upload.setI18n(i18n);
    }

    private void show(ReceiptCheck check) {
        result.removeAll();
        Paragraph outcome = new Paragraph(getTranslation(check.outcome().messageKey()));
        outcome.setId("verify-outcome");
        outcome.getElement().getThemeList().add("badge " + switch (check.outcome()) {
            case GENUINE_MATCHES -> "success";
            case GENUINE_MISMATCH, GENUINE_PENDING -> "contrast";
            default -> "error";
        });
        result.add(outcome);
        if (check.rehashedAt() != null) {
            Paragraph rehashed = new Paragraph(getTranslation("submission.verify.rehashedAt",
                    DateTimes.format(check.rehashedAt(), ViewerZone.get(), getLocale())));
            rehashed.setId("verify-rehashed");
            result.add(rehashed);
        }
        if (check.rehashQueued()) {
            Paragraph queued = new Paragraph(getTranslation("submission.verify.rehashQueued"));
            queued.setId("verify-queued");
            result.add(queued);
        }
        Receipt r = check.receipt();
        if (r != null) {
            result.add(new Paragraph(getTranslation("submission.verify.details", r.contestSlug(), r.teamName(),
                    r.version(), SubmissionTexts.when(r.submittedAt(), r.contestZone()), r.files().size())));
        }
    }

    /** Reads the small receipt file and checks it; nothing is stored. */
    private final class ReceiptUpload implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            String text;
            try (InputStream in = event.getInputStream()) {
                text = new String(in.readNBytes(ReceiptVerifier.MAX_DOCUMENT_CHARS * 4 + 1), StandardCharsets.UTF_8);
            }
            ReceiptCheck checked = verifier.verify(text);
            ui.access(() -> {
                receipt.setValue(text.length() > ReceiptVerifier.MAX_DOCUMENT_CHARS ? "" : text);
                upload.clearFileList();
                show(checked);
            });
        }
    }
}
