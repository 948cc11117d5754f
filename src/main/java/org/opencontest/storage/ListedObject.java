package org.opencontest.storage;

import java.time.Instant;

/** One object as a bucket listing shows it: its key and when the store last wrote it. */
public record ListedObject(String key, Instant lastModified) {
}
