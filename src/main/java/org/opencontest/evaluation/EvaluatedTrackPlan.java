package org.opencontest.evaluation;

/**
 * What {@link EvaluatedTracks#add} sets up; the rules are those of the organiser's form.
 *
 * @param trackId        the contest track, or null for the whole contest
 * @param metric         the metric's name as the organiser's page lists them, e.g. {@code MAE}, {@code AUC}
 * @param publicFraction the share of answer-key rows on the public leaderboard, 0.05–0.95
 * @param dailyQuota     scored submissions per team and day
 * @param precision      decimals shown
 */
public record EvaluatedTrackPlan(Long trackId, String metric, String idColumn, String targetColumn,
                                 double publicFraction, int dailyQuota, int precision) {
}
