package org.opencontest.evaluation.internal;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.opencontest.shared.i18n.LocalizedText;

/**
 * A contest's leaderboards, one board per evaluated track, as the viewer may see them.
 *
 * @param zone   the contest's time zone
 * @param myTeam the viewer's team name in the contest, or null
 */
public record Leaderboard(long contestId, String slug, LocalizedText contestTitle, ZoneId zone, String myTeam,
                          List<Board> boards)
        implements Serializable {

    /**
     * One evaluated track. {@code privateRows} is empty until the organisers reveal it; {@code mine} lists the
     * viewer's team's entries with their status (private scores only after the reveal). {@code hasSample}: a sample
     * submission can be downloaded (the answer key is there). {@code finalSelections}: entries a team may pick for
     * the private board, {@code selectionOpen} while it may still pick them; {@code frozenSince}: null, or when the
     * public board froze (other teams' rows as they stood then); {@code intervalsPending}: revealed, but the
     * bootstrap intervals are still being computed. {@code rankingCutoff}: the K of a ranking metric.
     */
    public record Board(long trackRef, LocalizedText trackName, Metric metric, int rankingCutoff, int precision, boolean revealed,
                        long publicRowsInKey, boolean hasSample, List<Row> publicRows, List<Row> privateRows,
                        List<EntryView> mine, int finalSelections, boolean selectionOpen, Instant frozenSince,
                        boolean intervalsPending)
            implements Serializable {
    }

    /**
     * One team's line. {@code team} is null when the track is blind and the line is not the viewer's own;
     * {@code publicRank} is the team's public rank on a private board (the shake-up), else null. On a private board,
     * {@code low}–{@code high} is the score's 95 % bootstrap interval (null before it is computed, or where it could
     * not be) and {@code tiedWith} the adjacent ranks it is statistically indistinguishable from (paired bootstrap).
     */
    public record Row(int rank, String team, boolean mine, double score, int entries, Instant lastSubmission,
                      Integer publicRank, Double low, Double high, List<Integer> tiedWith) implements Serializable {
    }
}
