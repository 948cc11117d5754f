package org.opencontest.judging;

import java.math.BigDecimal;
import java.util.List;

import org.opencontest.judging.internal.RankingKey;

/**
 * How a round turns sheets into a ranking, declared before judging starts (docs/judging.md explains each part).
 *
 * @param tieBreakers after the score, in order; the organiser's decision always comes last
 */
public record Aggregation(boolean normalise, BigDecimal trimFraction, int minSheetsPerJudge,
        BigDecimal disagreementThreshold, int topN, int bootstrapSamples, List<RankingKey> tieBreakers) {

    public Aggregation {
        tieBreakers = tieBreakers == null ? List.of() : List.copyOf(tieBreakers);
    }

    /** Normalised plain mean, guards at 3 sheets, flags above 25 points, top 3, 1,000 resamples, declared order. */
    public static Aggregation recommended() {
        return new Aggregation(true, BigDecimal.ZERO, 3, new BigDecimal("25"), 3, 1000,
                List.of(RankingKey.MEDIAN, RankingKey.TOP_SCORES, RankingKey.LOWER_VARIANCE));
    }
}
