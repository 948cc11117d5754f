package org.opencontest.incubation.internal;

import java.io.Serializable;
import java.time.Instant;

import org.opencontest.incubation.Stage;

/** One move in a project's stage history; {@code from} is null for the start of incubation. */
public record StageEntry(Stage from, Stage to, String reason, String by, Instant at) implements Serializable {
}
