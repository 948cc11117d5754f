package org.opencontest.judging;

import java.io.Serializable;
import java.util.List;

import org.opencontest.judging.internal.JudgeRow;
import org.opencontest.shared.i18n.LocalizedText;

/**
 * A round's ranking for its organisers.
 *
 * @param winnersKey       the plain statement whether raw and normalised scores pick the same winners
 *                         ({@code judging.ranking.winners.same|reordered|differ}); its arguments are
 *                         {@code rawWinners} and {@code normalisedWinners}, as titles
 * @param openTies         entry ids (in ranking order) that still share a rank and wait for an organiser decision
 * @param earlierRounds    the names of the earlier rounds whose scores each row carries
 * @param nextRound        the round entries advance into, or null for the last round
 * @param nextStage        the stage the round's advancement shortlists teams into (a round judging a stage that
 *                         has a next one), or null; {@code advanced} then means "shortlisted"
 */
public record RankingReport(RoundDetail round, List<RankingRow> rows, List<JudgeRow> judges, String winnersKey,
                            List<LocalizedText> rawWinners, List<LocalizedText> normalisedWinners, List<List<Long>> openTies,
                            List<LocalizedText> earlierRounds, RoundDetail nextRound, LocalizedText nextStage)
        implements Serializable {

    public RankingReport {
        rows = List.copyOf(rows);
        judges = List.copyOf(judges);
        rawWinners = List.copyOf(rawWinners);
        normalisedWinners = List.copyOf(normalisedWinners);
        openTies = openTies.stream().map(List::copyOf).toList();
        earlierRounds = List.copyOf(earlierRounds);
    }
}
