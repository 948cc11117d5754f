package org.opencontest.evaluation.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.opencontest.evaluation.internal.Leaderboard;
import org.opencontest.evaluation.internal.Leaderboards;
import org.opencontest.evaluation.internal.Metric;
import org.opencontest.shared.api.ApiController;
import org.opencontest.shared.i18n.LocalizedText;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /api/v1/contests/{slug}/leaderboard}: the leaderboards of a contest's evaluated tracks, with exactly
 * what the page shows the token's owner (public board; the private one after the reveal; blind tracks without other
 * teams' names). Anonymous callers get what a visitor's page shows ({@link LeaderboardApiReads}); a token that is
 * sent must be valid, and then the board is its owner's (their own row marked).
 */
@ApiController
@Tag(name = "Evaluation")
class LeaderboardApiController {

    private final Leaderboards leaderboards;

    LeaderboardApiController(Leaderboards leaderboards) {
        this.leaderboards = leaderboards;
    }

    @GetMapping("/api/v1/contests/{slug}/leaderboard")
    @Operation(summary = "A contest's leaderboards, one per evaluated track",
            description = "Public scores always; private scores and the shake-up only after the organisers reveal "
                    + "them. 404 when the contest page is not visible to the caller.")
    Board leaderboard(@PathVariable String slug) {
        Leaderboard board = leaderboards.leaderboard(slug);
        return new Board(board.slug(), board.contestTitle(), board.boards().stream().map(LeaderboardApiController::track)
                .toList());
    }

    private static Track track(Leaderboard.Board board) {
        Integer rankingCutoff = board.metric().kind() == Metric.Kind.RANKING ? board.rankingCutoff() : null;
        return new Track(board.trackName(), board.metric().name(), rankingCutoff, board.metric().higherIsBetter(),
                board.precision(),
                board.revealed(), board.publicRows().stream().map(LeaderboardApiController::row).toList(),
                board.revealed() ? board.privateRows().stream().map(LeaderboardApiController::row).toList() : null,
                board.frozenSince(), board.revealed() && board.intervalsPending());
    }

    private static Row row(Leaderboard.Row row) {
        return new Row(row.rank(), row.team(), row.mine(), row.score(), row.entries(), row.lastSubmission(),
                row.publicRank(), row.low(), row.high(), row.tiedWith());
    }

    record Board(String contest, LocalizedText title, List<Track> tracks) {
    }

    /**
     * {@code privateBoard} is null until revealed; {@code frozenSince} null unless the public board is frozen (other
     * teams' rows as they stood then); {@code intervalsPending} while the private board's bootstrap intervals are
     * being computed after the reveal; {@code rankingCutoff} is the K of MAP@K and NDCG@K, null for other metrics.
     */
    record Track(LocalizedText name, String metric, Integer rankingCutoff, boolean higherIsBetter, int precision, boolean revealed,
                 List<Row> publicBoard, List<Row> privateBoard, Instant frozenSince, boolean intervalsPending) {
    }

    /**
     * {@code team} is null on a blind track unless it is the caller's own; {@code publicRank} only on the private
     * board, and so are {@code low}/{@code high} (the 95 % bootstrap interval of the private score) and
     * {@code tiedWith} (the adjacent ranks this one is statistically indistinguishable from; empty on the public board).
     */
    record Row(int rank, String team, boolean mine, double score, int entries, Instant lastSubmission,
               Integer publicRank, Double low, Double high, List<Integer> tiedWith) {
    }
}
