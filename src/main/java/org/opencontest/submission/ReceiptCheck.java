package org.opencontest.submission;

import java.io.Serializable;

/**
 * What {@code /verify} found.
 *
 * @param receipt the parsed receipt when the signature is genuine, else null
 */
public record ReceiptCheck(Outcome outcome, Receipt receipt) implements Serializable {

    public enum Outcome {
        /** Not a receipt of this platform at all (garbled, cut off, wrong format). */
        UNREADABLE,
        /** Readable, but the signature does not match the text: changed or forged. */
        NOT_GENUINE,
        /** Signed by us, and the stored version and its files are exactly as the receipt says. */
        GENUINE_MATCHES,
        /** Signed by us, but what is stored differs (files missing or changed in the store). */
        GENUINE_MISMATCH;

        public String messageKey() {
            return "submission.verify.outcome." + name();
        }
    }
}
