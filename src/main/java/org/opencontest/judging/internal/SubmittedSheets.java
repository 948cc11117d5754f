package org.opencontest.judging.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads a round's submitted sheets (two queries, whatever the count), after the caller's access check. */
@Component
public class SubmittedSheets {

    private final ScoreSheetRepository sheets;
    private final JudgingEntryRepository entries;

    SubmittedSheets(ScoreSheetRepository sheets, JudgingEntryRepository entries) {
        this.sheets = sheets;
        this.entries = entries;
    }

    /** The round's submitted sheets, in the order they were created. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<SubmittedSheet> of(long roundId) {
        Map<Long, JudgingEntry> byId = entries.findByRoundIdOrderById(roundId).stream()
                .collect(Collectors.toMap(JudgingEntry::getId, Function.identity()));
        return sheets.findWithMarks(roundId, SheetStatus.SUBMITTED).stream().map(sheet -> {
            Map<String, Integer> scores = new LinkedHashMap<>();
            Map<String, String> comments = new LinkedHashMap<>();
            for (CriterionMark mark : sheet.getMarks()) {
                scores.put(mark.getCriterionKey(), mark.getScore());
                comments.put(mark.getCriterionKey(), mark.getComment());
            }
            return new SubmittedSheet(sheet.getId(), roundId, sheet.getJudgeId(), sheet.getEntryId(),
                    byId.get(sheet.getEntryId()).getTeamId(), sheet.getWeightedScore(), scores, comments,
                    sheet.getTeamComment(), sheet.getPrivateNote(), sheet.getSubmittedAt());
        }).toList();
    }

    /** The ranking's input for the round. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<SheetScore> scores(long roundId) {
        return of(roundId).stream().map(SubmittedSheet::toSheetScore).toList();
    }
}
