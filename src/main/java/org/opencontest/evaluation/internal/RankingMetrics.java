package org.opencontest.evaluation.internal;

import java.util.Set;

import org.opencontest.evaluation.internal.Metrics.MeanOfRows;

/** Ranking metrics over item lists per id, with binary relevance, looking at the first K items. */
final class RankingMetrics {

    private RankingMetrics() {
    }

    /** The items of a ranking cell (separated by whitespace); empty for a blank cell. */
    static String[] items(String cell) {
        String trimmed = cell.trim();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }

    /**
     * Mean over the ids of a per-id ranking quality in [0, 1]: the gains of the relevant items in the top K, divided
     * by what a perfect list would gain.
     */
    abstract static class Ranking extends MeanOfRows {
        final int cutoff;

        Ranking(int cutoff) {
            this.cutoff = cutoff;
        }

        @Override
        public final double row(String target, String prediction) {
            Set<String> relevant = Set.of(items(target));
            String[] ranked = items(prediction);
            int hits = 0;
            double gained = 0;
            for (int place = 1; place <= Math.min(cutoff, ranked.length); place++) {
                if (relevant.contains(ranked[place - 1])) {
                    hits++;
                    gained += gain(place, hits);
                }
            }
            return gained / ideal(Math.min(cutoff, relevant.size()));
        }

        /** What the {@code hits}-th relevant item, found at {@code place} (from 1), adds. */
        abstract double gain(int place, int hits);

        /** What a perfect list with {@code relevant} relevant items in the top K gains. */
        abstract double ideal(int relevant);
    }

    /**
     * MAP@K: per id, the precision at each place up to K that holds a relevant item, summed and divided by
     * min(relevant items, K).
     */
    static final class MeanAveragePrecision extends Ranking {
        MeanAveragePrecision(int cutoff) {
            super(cutoff);
        }

        @Override
        double gain(int place, int hits) {
            return (double) hits / place;
        }

        @Override
        double ideal(int relevant) {
            return relevant;
        }
    }

    /**
     * NDCG@K with binary relevance: per id, the sum of 1 / log2(place + 1) over the relevant items in the top K,
     * divided by that sum for a perfect list.
     */
    static final class Ndcg extends Ranking {
        Ndcg(int cutoff) {
            super(cutoff);
        }

        @Override
        double gain(int place, int hits) {
            return Math.log(2) / Math.log(place + 1);
        }

        @Override
        double ideal(int relevant) {
            double ideal = 0;
            for (int place = 1; place <= relevant; place++) {
                ideal += gain(place, place);
            }
            return ideal;
        }
    }
}
