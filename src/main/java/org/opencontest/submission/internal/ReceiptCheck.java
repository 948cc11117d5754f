package org.opencontest.submission.internal;

import java.io.Serializable;
import java.time.Instant;

/**
 * What {@code /verify} found.
 *
 * @param receipt    the parsed receipt when the signature is genuine, else null
 * @param rehashedAt when the stored files behind the answer were last re-hashed; null when they were not
 * @param rehashQueued a fresh re-hash of the stored files is queued (the package is too large to re-hash at once)
 */
public record ReceiptCheck(Outcome outcome, Receipt receipt, Instant rehashedAt, boolean rehashQueued)
        implements Serializable {

    static ReceiptCheck withoutFiles(Outcome outcome, Receipt receipt) {
        return new ReceiptCheck(outcome, receipt, null, false);
    }

    public enum Outcome {
        /** Not a receipt of this platform at all (garbled, cut off, wrong format). */
        UNREADABLE,
        /** Readable, but the signature does not match the text: changed or forged. */
        NOT_GENUINE,
        /** Signed by us, and the stored files, re-hashed, are exactly as the receipt says. */
        GENUINE_MATCHES,
        /** Signed by us, but what is stored differs (version unknown, files missing or changed in the store). */
        GENUINE_MISMATCH,
        /** Signed by us; the stored files were never re-hashed and wait in the scrub's queue. */
        GENUINE_PENDING;

        public String messageKey() {
            return "submission.verify.outcome." + name();
        }
    }
}
