package org.opencontest.judging;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.opencontest.judging.internal.EntryForJudge;
import org.opencontest.shared.i18n.LocalizedText;

/**
 * The scoring page of one assignment: the entry beside the rubric (criteria with level descriptors) and the sheet.
 *
 * @param editable whether the judge may still change the sheet (before the deadline, not yet submitted)
 */
public record ScoringSheet(long assignmentId, long contestId, LocalizedText contestTitle, LocalizedText roundName,
        boolean blind, Instant deadline, ZoneId contestZone, boolean editable, EntryForJudge entry,
        List<CriterionInput> criteria, SheetState sheet) implements Serializable {

    public ScoringSheet {
        criteria = List.copyOf(criteria);
    }
}
