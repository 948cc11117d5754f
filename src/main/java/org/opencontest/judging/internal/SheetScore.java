package org.opencontest.judging.internal;

/** A submitted sheet reduced to what ranking needs: who scored which entry, and the weighted score on 0–100. */
public record SheetScore(long judgeId, long entryId, double score) {

    public SheetScore {
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException("A sheet score lies on 0–100, not " + score);
        }
    }
}
