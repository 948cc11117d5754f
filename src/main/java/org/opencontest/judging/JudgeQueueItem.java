package org.opencontest.judging;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;

import org.opencontest.judging.internal.SheetProgress;
import org.opencontest.shared.i18n.LocalizedText;

/**
 * One entry in a judge's queue. Carries the entry's title only: never the team (blind rounds).
 *
 * @param open whether the sheet can still change (before the judging deadline, not submitted, not recused)
 */
public record JudgeQueueItem(long assignmentId, long contestId, LocalizedText contestTitle, long roundId,
        LocalizedText roundName, LocalizedText entryTitle, SheetProgress progress, Instant deadline, ZoneId contestZone,
        boolean open) implements Serializable {
}
