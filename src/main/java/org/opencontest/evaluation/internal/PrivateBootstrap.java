package org.opencontest.evaluation.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The paired bootstrap of the private leaderboard. A resample draws the private rows with replacement (as many as
 * there are); resample number b is the same for every entry, because it comes from the same seed, so two entries are
 * always scored on the same rows. An entry's interval is the 2.5th to 97.5th percentile of its scores over the
 * resamples; two adjacent places are statistically tied when that range of the paired differences of their scores
 * contains 0. Pure; the caller keeps at most two entries' row values at a time.
 */
final class PrivateBootstrap {

    static final int SAMPLES = 1000;
    private static final double LEVEL = 0.95;

    private PrivateBootstrap() {
    }

    /** A percentile interval; NaN bounds when too few resamples gave a score (AUC of a single class). */
    record Interval(double low, double high) {
        boolean contains(double value) {
            return low <= value && value <= high;
        }
    }

    /** Two entries scored on the same resamples. */
    record Comparison(Interval first, Interval second, Interval difference) {
        /** The difference could be 0: the two places are statistically indistinguishable. */
        boolean tied() {
            return difference.contains(0);
        }
    }

    static Interval interval(Resampling.Rows rows, int rowCount, int samples, long seed) {
        double[] scores = new double[samples];
        draw(rowCount, samples, seed, (b, counts) -> scores[b] = rows.score(counts));
        return percentiles(scores);
    }

    static Comparison compare(Resampling.Rows first, Resampling.Rows second, int rowCount, int samples, long seed) {
        double[] firstScores = new double[samples];
        double[] secondScores = new double[samples];
        draw(rowCount, samples, seed, (b, counts) -> {
            firstScores[b] = first.score(counts);
            secondScores[b] = second.score(counts);
        });
        double[] differences = new double[samples];
        for (int b = 0; b < samples; b++) {
            differences[b] = firstScores[b] - secondScores[b];
        }
        return new Comparison(percentiles(firstScores), percentiles(secondScores), percentiles(differences));
    }

    private interface Resample {
        void score(int b, int[] counts);
    }

    /** Resample b: {@code rowCount} draws of a row with replacement, as a count per row. */
    private static void draw(int rowCount, int samples, long seed, Resample resample) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] counts = new int[rowCount];
        for (int b = 0; b < samples; b++) {
            Arrays.fill(counts, 0);
            for (int d = 0; d < rowCount; d++) {
                counts[random.nextInt(rowCount)]++;
            }
            resample.score(b, counts);
        }
    }

    /** The central {@link #LEVEL} range of the finite values; NaN unless at least half of them are finite. */
    static Interval percentiles(double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0 || finite.length * 2 < values.length) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double tail = (1 - LEVEL) / 2;
        int low = (int) Math.floor(tail * finite.length);
        int high = Math.max(low, (int) Math.ceil((1 - tail) * finite.length) - 1);
        return new Interval(finite[low], finite[high]);
    }
}
