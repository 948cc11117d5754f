package org.opencontest.judging;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.opencontest.judging.internal.RankingKey;
import org.opencontest.shared.i18n.LocalizedText;

/**
 * One entry of a round's ranking as the organiser sees it: both the raw and the normalised score, the figures the
 * tie-breakers use, the flags, the bootstrap share, and the entry's score in each earlier round (null where it did
 * not take part). docs/judging.md explains each figure.
 *
 * @param topShare        share of bootstrap resamples that put the entry in the top N (0–1)
 * @param separatedBy     what put it below the entry above (null for the first and for a shared rank)
 * @param earlierScores   the score the entry had in each earlier round, oldest first (null: not in that round)
 * @param advanced        the entry is already an entry of the next round
 */
public record RankingRow(long entryId, long versionId, String teamName, LocalizedText title, int rank, double score,
                         double rawScore, double normalisedScore, double median, int topScores, double variance,
                         double spread, int sheets, boolean disagreement, double topShare, RankingKey separatedBy,
                         String organiserReason, List<Double> earlierScores, boolean advanced)
        implements Serializable {

    public RankingRow {
        // nulls mark rounds the entry was not in, which List.copyOf refuses
        earlierScores = Collections.unmodifiableList(new ArrayList<>(earlierScores));
    }
}
