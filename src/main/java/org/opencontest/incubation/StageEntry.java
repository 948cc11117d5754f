package org.opencontest.incubation;

import java.io.Serializable;
import java.time.Instant;

/** One move in a project's stage history; {@code from} is null for the start of incubation. */
public record StageEntry(Stage from, Stage to, String reason, String by, Instant at) implements Serializable {
}
