package org.opencontest.judging.internal;

import java.util.EnumSet;
import java.util.List;

import org.opencontest.shared.error.UserFacingException;

/**
 * The aggregation method of a round, declared before judging starts.
 *
 * @param normalise             rank by per-judge z-scores (mapped back onto the points scale) instead of raw scores
 * @param trimFraction          share of sheets dropped at each end before averaging (0 = plain mean; below 0.5)
 * @param minSheetsPerJudge     a judge with fewer sheets is not normalised (their mean and spread mean little)
 * @param disagreementThreshold an entry whose sheets lie further apart than this many points is flagged
 * @param topN                  how many places count as "winning" for the bootstrap and the raw/normalised check
 * @param bootstrapSamples      resamples of the judges (0 switches the bootstrap off)
 * @param seed                  seed of the bootstrap, so the same sheets always give the same figures
 * @param tieBreakers           the tie-breakers after the score, in order (organiser decision always comes last)
 */
public record RankingSettings(boolean normalise, double trimFraction, int minSheetsPerJudge,
        double disagreementThreshold, int topN, int bootstrapSamples, long seed, List<RankingKey> tieBreakers) {

    public static final List<RankingKey> DECLARED_ORDER =
            List.of(RankingKey.MEDIAN, RankingKey.TOP_SCORES, RankingKey.LOWER_VARIANCE);

    public RankingSettings {
        if (!(trimFraction >= 0 && trimFraction < 0.5)) {
            throw new UserFacingException("judging.ranking.error.trimFraction", trimFraction);
        }
        if (minSheetsPerJudge < 2) {
            throw new UserFacingException("judging.ranking.error.minSheets", minSheetsPerJudge);
        }
        if (!(disagreementThreshold >= 0 && disagreementThreshold <= 100)) {
            throw new UserFacingException("judging.ranking.error.disagreementThreshold", disagreementThreshold);
        }
        if (topN < 1) {
            throw new UserFacingException("judging.ranking.error.topN", topN);
        }
        if (bootstrapSamples < 0 || bootstrapSamples > 100_000) {
            throw new UserFacingException("judging.ranking.error.bootstrapSamples", bootstrapSamples);
        }
        EnumSet<RankingKey> seen = EnumSet.noneOf(RankingKey.class);
        for (RankingKey key : tieBreakers) {
            if (!key.isTieBreaker() || !seen.add(key)) {
                throw new UserFacingException("judging.ranking.error.tieBreakers");
            }
        }
        tieBreakers = List.copyOf(tieBreakers);
    }

    /** Normalised plain mean, guards at 3 sheets, flag above 25 points, top 3, 1,000 resamples, declared order. */
    public static RankingSettings defaults() {
        return new RankingSettings(true, 0, 3, 25, 3, 1000, 1, DECLARED_ORDER);
    }

    public RankingSettings withNormalise(boolean on) {
        return new RankingSettings(on, trimFraction, minSheetsPerJudge, disagreementThreshold, topN,
                bootstrapSamples, seed, tieBreakers);
    }

    public RankingSettings withTrimFraction(double fraction) {
        return new RankingSettings(normalise, fraction, minSheetsPerJudge, disagreementThreshold, topN,
                bootstrapSamples, seed, tieBreakers);
    }

    public RankingSettings withTopN(int n) {
        return new RankingSettings(normalise, trimFraction, minSheetsPerJudge, disagreementThreshold, n,
                bootstrapSamples, seed, tieBreakers);
    }

    public RankingSettings withBootstrap(int samples, long newSeed) {
        return new RankingSettings(normalise, trimFraction, minSheetsPerJudge, disagreementThreshold, topN,
                samples, newSeed, tieBreakers);
    }

    public RankingSettings withTieBreakers(List<RankingKey> order) {
        return new RankingSettings(normalise, trimFraction, minSheetsPerJudge, disagreementThreshold, topN,
                bootstrapSamples, seed, order);
    }
}
