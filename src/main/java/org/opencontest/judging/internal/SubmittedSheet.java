package org.opencontest.judging.internal;

import java.time.Instant;
import java.util.Map;

/**
 * A submitted sheet as ranking, results and feedback read it.
 *
 * @param score    the rubric's weighted score on 0–100
 * @param scores   score per criterion key
 * @param comments comment per criterion key (empty strings for none)
 */
public record SubmittedSheet(long sheetId, long roundId, long judgeId, long entryId, long teamId, double score,
        Map<String, Integer> scores, Map<String, String> comments, String teamComment, String privateNote,
        Instant submittedAt) {

    public SubmittedSheet {
        scores = Map.copyOf(scores);
        comments = Map.copyOf(comments);
    }

    /** What {@link Ranking#compute} takes. */
    public SheetScore toSheetScore() {
        return new SheetScore(judgeId, entryId, score);
    }
}
