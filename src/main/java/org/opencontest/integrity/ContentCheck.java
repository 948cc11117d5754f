package org.opencontest.integrity;

import java.io.Serializable;
import java.time.Instant;

/**
 * Whether a group of stored objects (e.g. the files of a submitted version) still holds the recorded bytes.
 *
 * @param rehashedAt when the bytes behind this answer were re-hashed (the oldest of the group), null while PENDING
 * @param queued     whether a fresh re-hash is queued for the scrub (the group was too large to re-hash at once)
 */
public record ContentCheck(Verdict verdict, Instant rehashedAt, boolean queued) implements Serializable {

    public enum Verdict {
        /** Every object was re-hashed and matched. */
        INTACT,
        /** At least one object changed or is missing. */
        DAMAGED,
        /** Not re-hashed yet; the re-hash is queued. */
        PENDING
    }
}
