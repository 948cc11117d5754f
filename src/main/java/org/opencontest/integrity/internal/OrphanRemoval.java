package org.opencontest.integrity.internal;

import java.time.Instant;

/** An object the scrub removed because no row pointed to it. */
public record OrphanRemoval(String key, Instant lastModified, Instant removedAt) {
}
