package org.opencontest.vote.internal;

import java.io.Serializable;
import java.util.List;

/** A published vote with its counts after voiding, most votes first. */
public record PublishedResult(PollSummary poll, List<ResultRow> rows) implements Serializable {
}
