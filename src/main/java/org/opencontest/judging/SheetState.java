package org.opencontest.judging;

import java.io.Serializable;
import java.time.Instant;

import org.opencontest.judging.internal.SheetProgress;

/**
 * A sheet as its judge last saved it; {@code version} goes back with the next save, so a second tab's older copy
 * is refused instead of overwriting.
 *
 * @param weightedScore the rubric's weighted score on 0–100 once submitted, else null
 */
public record SheetState(long version, SheetProgress progress, SheetInput input, Double weightedScore,
        Instant updatedAt, Instant submittedAt) implements Serializable {
}
