package org.opencontest.community.internal.qa;

import java.time.Instant;

/** An official answer as the FAQ query reads it (markdown), before rendering. */
public record FaqRow(long threadId, String title, String body, Instant officialAt) {
}
