package org.opencontest.shared.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import org.opencontest.shared.error.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link UploadHandler} that streams each file straight into a service and, when the service refuses it (wrong
 * type after the first bytes, too large at the limit), stops reading the request. Returning normally would not do:
 * Vaadin then skips to the next part of the multipart body, which reads the rest of the file, so a refused 2 GB file
 * would still be sent in full. Throwing an {@link IOException} ends Vaadin's loop (it logs a one-line warning); the
 * servlet container then drops the connection instead of reading on. The browser sees 422 or a closed connection
 * and marks the file as failed; the translated reason goes to the page twice: as a notification, and next to the file
 * in the upload's list, where it stays (the notification fades) beside the component's own retry button.
 */
public abstract class StreamedUpload implements UploadHandler {

    private static final int UNPROCESSABLE = 422;
    private static final Logger LOG = LoggerFactory.getLogger(StreamedUpload.class);
    /** The browser sends each file in its own request, so the flag is per request (and per thread). */
    private static final ThreadLocal<Boolean> REFUSED = new ThreadLocal<>();

    /**
     * Puts the reason on the refused file in the browser's list. The script runs either after the browser has marked
     * the file failed (the usual order: the reason comes with the next round trip) or before, in which case it waits
     * for the file's error event and replaces the generic text there.
     */
    private static final String SHOW_REASON = """
            const upload = this, name = $0, reason = $1;
            const failed = upload.files.find(f => f.name === name && f.error);
            if (failed) {
              failed.error = reason;
              upload.files = [...upload.files];
            } else {
              upload.addEventListener('upload-error', function once(e) {
                if (e.detail.file.name === name) {
                  upload.removeEventListener('upload-error', once);
                  e.detail.file.error = reason;
                }
              });
            }""";

    /**
     * A handler that streams each file into {@code target} (a service call) and hands the result to {@code stored}
     * in the UI. A refusal goes back as such; any other failure (the browser cancelled, the connection broke) is
     * logged in one line and shown as {@code failedKey} with the file's name: the service kept nothing.
     */
    public static <T> StreamedUpload storing(SerializableBiFunction<InputStream, String, T> target,
                                             SerializableConsumer<T> stored, String failedKey) {
        return new StreamedUpload() {
            @Override
            protected void store(UploadEvent event) {
                UI ui = event.getUI();
                String name = event.getFileName();
                try {
                    T result = target.apply(event.getInputStream(), name);
                    ui.access(() -> stored.accept(result));
                } catch (UserFacingException refusal) {
                    throw refusal;
                } catch (RuntimeException broken) {
                    LOG.info("Upload {} did not complete: {}", name, broken.toString());
                    ui.access(() -> Notices.error(failedKey, name));
                }
            }
        };
    }

    /** Streams the file into its service; runs on the request thread, outside the UI lock. */
    protected abstract void store(UploadEvent event);

    @Override
    public final void handleUploadRequest(UploadEvent event) throws IOException {
        try {
            store(event);
        } catch (UserFacingException refusal) {
            REFUSED.set(Boolean.TRUE);
            event.getUI().access(() -> {
                Notices.error(refusal);
                event.getOwningElement().executeJs(SHOW_REASON, event.getFileName(),
                        event.getUI().getTranslation(refusal.getMessageKey(), refusal.getArguments()));
            });
            throw new Refused(refusal);
        }
    }

    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        boolean refused = REFUSED.get() != null;
        REFUSED.remove();
        response.setStatus(refused ? UNPROCESSABLE
                : success ? HttpStatusCode.OK.getCode() : HttpStatusCode.INTERNAL_SERVER_ERROR.getCode());
    }

    /**
     * The upload's texts that every upload here shares, in the viewer's language (Vaadin ships English): the file
     * row's buttons, among them the retry of a failed file, and what a failed file says until the server's reason
     * arrives. Views add their own add/drop texts and limits.
     */
    public static UploadI18N texts() {
        UI ui = UI.getCurrent();
        String refused = ui.getTranslation("upload.refused");
        return new UploadI18N()
                .setFile(new UploadI18N.File().setRetry(ui.getTranslation("upload.retry"))
                        .setStart(ui.getTranslation("upload.start")).setRemove(ui.getTranslation("upload.remove")))
                .setUploading(new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error()
                        .setForbidden(refused).setUnexpectedServerError(refused)
                        .setServerUnavailable(ui.getTranslation("upload.unavailable"))));
    }

    /**
     * The limits the browser checks before it sends a file; the server checks again while the bytes stream.
     *
     * @param accept accepted media types and extensions ({@code application/pdf}, {@code .pdf}); empty for any
     */
    public static void limit(Upload upload, long maxBytes, List<String> accept) {
        // Upload#setMaxFileSize takes an int, but limits here reach 50 GiB; the element property is a JS number
        upload.getElement().setProperty("maxFileSize", (double) maxBytes);
        if (!accept.isEmpty()) {
            upload.setAcceptedFileTypes(accept.toArray(String[]::new));
        }
    }

    /** Why the rest of the body is not read; a refusal, not a fault, so without a stack trace. */
    private static final class Refused extends IOException {

        Refused(UserFacingException refusal) {
            super("Upload refused (" + refusal.getMessageKey() + "); the rest of the body is not read");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
