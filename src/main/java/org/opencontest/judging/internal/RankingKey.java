package org.opencontest.judging.internal;

/**
 * What separates one entry from the next in the ranking. {@link #SCORE} always comes first and
 * {@link #ORGANISER_DECISION} always last; the three in between are the tie-breakers, in the order declared before
 * judging starts.
 */
public enum RankingKey {
    /** The entry's score: the (trimmed) mean of its sheets, normalised per judge if the round says so. */
    SCORE,
    /** The median of the entry's sheets. */
    MEDIAN,
    /** How many judges gave the entry their own highest score. */
    TOP_SCORES,
    /** The lower variance of the entry's sheets (judges agreeing more). */
    LOWER_VARIANCE,
    /** The organiser's recorded decision. */
    ORGANISER_DECISION;

    public boolean isTieBreaker() {
        return this == MEDIAN || this == TOP_SCORES || this == LOWER_VARIANCE;
    }
}
