package org.opencontest.judging.internal;


/**
 * One entry's place and the figures behind it.
 *
 * @param rank            1-based; entries that nothing (not even the organiser) separates share a rank
 * @param score           what the ranking sorts by: the normalised score if the round normalises, else the raw score
 * @param rawScore        the (trimmed) mean of the raw sheet scores
 * @param normalisedScore the (trimmed) mean of the per-judge normalised sheet scores
 * @param median          median of the sheet values the ranking uses
 * @param topScores       how many judges gave this entry their own highest score
 * @param variance        population variance of the sheet values the ranking uses
 * @param spread          highest minus lowest of those values
 * @param disagreement    the spread is above the round's threshold: worth a look before publishing
 * @param topShare        share of bootstrap resamples in which the entry lands in the top N (0–1)
 * @param separatedBy     what put this entry below the one above it (null for the first and for a shared rank)
 * @param organiserReason the recorded reason when the organiser's decision separated it
 */
public record RankedEntry(long entryId, int rank, double score, double rawScore, double normalisedScore,
        double median, int topScores, double variance, double spread, int sheets, boolean disagreement,
        double topShare, RankingKey separatedBy, String organiserReason) {
}
