package org.opencontest.evaluation.internal;

import java.io.Serializable;

import org.opencontest.shared.error.UserFacingException;

/**
 * What an organiser sets for an evaluated track.
 *
 * @param trackId        the contest track, or null for the whole contest
 * @param publicFraction the share of answer-key rows on the public leaderboard, 0.05–0.95
 * @param dailyQuota     scored submissions per team and day (contest time zone); invalid files do not count
 * @param precision      decimals shown (scores are also rounded to it, so tiny probes show nothing)
 * @param blind          team names hidden on the leaderboards (each team still sees its own)
 * @param rankingCutoff  the K of MAP@K and NDCG@K: how many items of each ranked list count, 1–100
 */
public record TrackSettings(Long trackId, Metric metric, String idColumn, String targetColumn, double publicFraction,
                            int dailyQuota, int precision, boolean blind, int rankingCutoff) implements Serializable {

    /** Kaggle's and most recommender contests' usual K. */
    public static final int DEFAULT_RANKING_CUTOFF = 10;

    /** Settings of a metric that is not a ranking, or of a ranking with the usual K. */
    public TrackSettings(Long trackId, Metric metric, String idColumn, String targetColumn, double publicFraction,
                         int dailyQuota, int precision, boolean blind) {
        this(trackId, metric, idColumn, targetColumn, publicFraction, dailyQuota, precision, blind,
                DEFAULT_RANKING_CUTOFF);
    }

    public static TrackSettings defaults(Long trackId) {
        return new TrackSettings(trackId, Metric.RMSE, "id", "target", 0.3, 5, 5, false);
    }

    /** A fresh accumulator of the metric, with this track's K for a ranking. */
    public Metrics.Accumulator accumulator() {
        return metric.accumulator(rankingCutoff);
    }

    /** Refuses settings that make no sense, naming the field. */
    public TrackSettings validated() {
        if (metric == null) {
            throw new UserFacingException("evaluation.settings.error.metric");
        }
        if (!column(idColumn) || !column(targetColumn) || idColumn.trim().equals(targetColumn.trim())) {
            throw new UserFacingException("evaluation.settings.error.columns");
        }
        if (!(publicFraction >= 0.05 && publicFraction <= 0.95)) {
            throw new UserFacingException("evaluation.settings.error.fraction");
        }
        if (dailyQuota < 1 || dailyQuota > 100) {
            throw new UserFacingException("evaluation.settings.error.quota");
        }
        if (precision < 0 || precision > 8) {
            throw new UserFacingException("evaluation.settings.error.precision");
        }
        if (rankingCutoff < 1 || rankingCutoff > 100) {
            throw new UserFacingException("evaluation.settings.error.cutoff");
        }
        return new TrackSettings(trackId, metric, idColumn.trim(), targetColumn.trim(), publicFraction, dailyQuota,
                precision, blind, rankingCutoff);
    }

    private static boolean column(String name) {
        return name != null && !name.isBlank() && name.trim().length() <= 100;
    }
}
