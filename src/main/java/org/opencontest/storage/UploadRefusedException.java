package org.opencontest.storage;

import java.util.function.Supplier;

import org.opencontest.shared.error.UserFacingException;

/**
 * The upload was refused by what its first bytes or its name showed, before anything was stored: the upload stops
 * there instead of streaming the rest of the file.
 */
public class UploadRefusedException extends UserFacingException {

    public enum Reason {
        /** The sniffed type is not one the upload path accepts. */
        TYPE_NOT_ACCEPTED("storage.error.typeNotAccepted"),
        /** The name's extension claims another type than the content has (e.g. text named {@code .pdf}). */
        NAME_CONTRADICTS_CONTENT("storage.error.extensionMismatch"),
        /** The name carries control characters (NUL, CR, LF), which no real file name has. */
        UNSAFE_NAME("storage.error.fileNameControl");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final Reason reason;
    private final String fileName;
    private final String mediaType;

    public UploadRefusedException(Reason reason, String fileName, String mediaType) {
        super(reason.messageKey, fileName, FileTypeNames.of(mediaType));
        this.reason = reason;
        this.fileName = fileName;
        this.mediaType = mediaType;
    }

    /** What to throw: this refusal, or for a refused type the caller's own message (which names what it accepts). */
    public UserFacingException orForRefusedType(Supplier<UserFacingException> typeRefusal) {
        return reason == Reason.TYPE_NOT_ACCEPTED ? typeRefusal.get() : this;
    }

    public Reason reason() {
        return reason;
    }

    /** The cleaned file name (control characters removed). */
    public String fileName() {
        return fileName;
    }

    /** The type sniffed from the content; {@code null} when the name was refused before any byte was read. */
    public String mediaType() {
        return mediaType;
    }
}
