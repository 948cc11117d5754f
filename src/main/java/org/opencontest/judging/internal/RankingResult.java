package org.opencontest.judging.internal;

import java.util.List;

/**
 * A computed ranking.
 *
 * @param entries         in ranking order
 * @param judges          how each judge's sheets were calibrated, by judge id
 * @param winners         the top N by raw and by normalised scores
 * @param unresolvedTies  groups of entries (in ranking order) that still share a rank and need an organiser decision
 */
public record RankingResult(List<RankedEntry> entries, List<JudgeCalibration> judges, WinnersComparison winners,
        List<List<Long>> unresolvedTies) {
}
