package org.opencontest.evaluation.internal;

/**
 * The metrics as small pure accumulators: pairs of (target, prediction) go in one at a time in any order, the
 * score comes out. Here the contract and the shared bases; the metrics themselves by family in
 * {@link RegressionMetrics}, {@link ClassificationMetrics} and {@link RankingMetrics}. Inputs are checked by the
 * prediction validation before they get here; the numeric metrics parse what they receive.
 */
public final class Metrics {

    private Metrics() {
    }

    /** Takes pairs, gives the score; {@link #value()} of an empty accumulator is NaN. */
    public interface Accumulator {
        void add(String target, String prediction);

        /** A pair already parsed (numeric metrics take it as it is; the text form parses back to the same numbers). */
        default void add(double target, double prediction) {
            add(Double.toString(target), Double.toString(prediction));
        }

        /** How many rows will come, {@code positives} of them with target 1: a metric that keeps them sizes once. */
        default void reserve(int rows, int positives) {
        }

        double value();
    }

    /**
     * A score that is a function of the mean of one value per row (a squared error, a hit, a per-id ranking
     * quality). The bootstrap of the private leaderboard resamples those row values ({@link Resampling}).
     */
    interface RowMean {
        double row(String target, String prediction);

        /** The score from the mean of the row values. */
        default double finish(double mean) {
            return mean;
        }
    }

    /** Sums the row values; the score is {@link #finish} of their mean. */
    abstract static class MeanOfRows implements Accumulator, RowMean {
        private long count;
        private double sum;

        @Override
        public final void add(String target, String prediction) {
            accept(row(target, prediction));
        }

        final void accept(double rowValue) {
            count++;
            sum += rowValue;
        }

        @Override
        public final double value() {
            return count == 0 ? Double.NaN : finish(sum / count);
        }
    }

    /** Parses both sides of a row as numbers. */
    abstract static class NumericMean extends MeanOfRows {
        @Override
        public final double row(String target, String prediction) {
            return row(Double.parseDouble(target.trim()), Double.parseDouble(prediction.trim()));
        }

        @Override
        public final void add(double target, double prediction) {
            accept(row(target, prediction));
        }

        abstract double row(double target, double prediction);
    }

    /** Parses both sides as numbers. */
    abstract static class Numeric implements Accumulator {
        @Override
        public final void add(String target, String prediction) {
            add(Double.parseDouble(target.trim()), Double.parseDouble(prediction.trim()));
        }

        @Override
        public abstract void add(double target, double prediction);
    }
}
