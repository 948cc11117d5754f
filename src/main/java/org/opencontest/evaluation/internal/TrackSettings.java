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
 */
public record TrackSettings(Long trackId, Metric metric, String idColumn, String targetColumn, double publicFraction,
                            int dailyQuota, int precision, boolean blind) implements Serializable {

    public static TrackSettings defaults(Long trackId) {
        return new TrackSettings(trackId, Metric.RMSE, "id", "target", 0.3, 5, 5, false);
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
        return new TrackSettings(trackId, metric, idColumn.trim(), targetColumn.trim(), publicFraction, dailyQuota,
                precision, blind);
    }

    private static boolean column(String name) {
        return name != null && !name.isBlank() && name.trim().length() <= 100;
    }
}
