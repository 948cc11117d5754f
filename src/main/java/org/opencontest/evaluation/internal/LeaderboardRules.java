package org.opencontest.evaluation.internal;

import java.io.Serializable;
import java.time.Instant;

import org.opencontest.shared.error.UserFacingException;

/**
 * How an evaluated track's leaderboards treat the teams' entries, set apart from the scoring settings because they
 * may change at any time before the reveal.
 *
 * @param finalSelections entries a team may pick for the private leaderboard (1–10); without a pick its best public
 *                        entries count, as many as this
 * @param frozenFrom      null, or the instant from which other teams see the public board as it stood then
 */
public record LeaderboardRules(int finalSelections, Instant frozenFrom) implements Serializable {

    public static final LeaderboardRules DEFAULTS = new LeaderboardRules(2, null);

    /** Refuses rules that make no sense, naming the field. */
    public LeaderboardRules validated() {
        if (finalSelections < 1 || finalSelections > 10) {
            throw new UserFacingException("evaluation.rules.error.selections");
        }
        return this;
    }

    /** Whether the public board is frozen for other teams at {@code now}. */
    boolean frozenAt(Instant now) {
        return frozenFrom != null && !now.isBefore(frozenFrom);
    }
}
