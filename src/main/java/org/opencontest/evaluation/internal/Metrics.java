package org.opencontest.evaluation.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The metrics as small pure accumulators: pairs of (target, prediction) go in one at a time in any order, the
 * score comes out. Regression metrics keep running sums only; AUC keeps the pairs in two primitive arrays. Inputs
 * are checked by the prediction validation before they get here; the numeric metrics parse what they receive.
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

    public static final class Rmse extends NumericMean {
        @Override
        double row(double target, double prediction) {
            double error = prediction - target;
            return error * error;
        }

        @Override
        public double finish(double mean) {
            return Math.sqrt(mean);
        }
    }

    public static final class Mae extends NumericMean {
        @Override
        double row(double target, double prediction) {
            return Math.abs(prediction - target);
        }
    }

    /** Mean absolute percentage error, as a fraction: mean(|p − y| / |y|); the answer key has no 0 target. */
    public static final class Mape extends NumericMean {
        @Override
        double row(double target, double prediction) {
            return Math.abs(prediction - target) / Math.abs(target);
        }
    }

    /** Root mean squared logarithmic error: sqrt(mean((ln(1 + p) − ln(1 + y))²)); values are ≥ 0. */
    public static final class Rmsle extends NumericMean {
        @Override
        double row(double target, double prediction) {
            double error = Math.log1p(prediction) - Math.log1p(target);
            return error * error;
        }

        @Override
        public double finish(double mean) {
            return Math.sqrt(mean);
        }
    }

    /** Coefficient of determination: 1 − SSres/SStot, from running sums (SStot = Σy² − (Σy)²/n). */
    public static final class R2 extends Numeric {
        private double residuals;
        private double sum;
        private double sumSquares;
        private long count;

        @Override
        public void add(double target, double prediction) {
            count++;
            double error = prediction - target;
            residuals += error * error;
            sum += target;
            sumSquares += target * target;
        }

        @Override
        public double value() {
            return of(residuals, sum, sumSquares, count);
        }

        /** R² from the sums of the squared errors, the targets and their squares over {@code count} rows. */
        static double of(double residuals, double sum, double sumSquares, double count) {
            if (count == 0) {
                return Double.NaN;
            }
            double total = sumSquares - sum * sum / count;
            return total <= 0 ? (residuals == 0 ? 1.0 : 0.0) : 1 - residuals / total;
        }
    }

    /**
     * Binary log loss −mean(y·ln p + (1−y)·ln(1−p)); p is clipped to [1e-15, 1 − 1e-15] as scikit-learn does, so a
     * confident wrong answer costs about 34.5, not infinity.
     */
    public static final class LogLoss extends NumericMean {
        static final double EPSILON = 1e-15;

        @Override
        double row(double target, double prediction) {
            double p = Math.min(Math.max(prediction, EPSILON), 1 - EPSILON);
            return target >= 0.5 ? -Math.log(p) : -Math.log(1 - p);
        }
    }

    /**
     * Multi-class log loss, −mean(ln p(true class)), as scikit-learn's {@code log_loss}: each row's probabilities are
     * clipped to [1e-15, 1 − 1e-15] and divided by their sum ({@link #trueClassProbability}). The prediction handed
     * to {@link #add} is that normalised probability of the row's true class (the file has one column per class).
     */
    public static final class MultiClassLogLoss extends MeanOfRows {
        @Override
        public double row(String target, String prediction) {
            return -Math.log(Double.parseDouble(prediction));
        }

        /** The true class's share of the row after clipping each probability, as scikit-learn does. */
        static double trueClassProbability(double[] probabilities, int trueClass) {
            double sum = 0;
            double trueClassClipped = 0;
            for (int k = 0; k < probabilities.length; k++) {
                double clipped = Math.min(Math.max(probabilities[k], LogLoss.EPSILON), 1 - LogLoss.EPSILON);
                sum += clipped;
                if (k == trueClass) {
                    trueClassClipped = clipped;
                }
            }
            return trueClassClipped / sum;
        }
    }

    /**
     * ROC AUC: the probability that a random positive scores above a random negative, ties counting one half
     * (Mann–Whitney U over average ranks). NaN when the rows hold only one class.
     */
    public static final class Auc extends Numeric {
        private double[] positives = new double[64];
        private double[] negatives = new double[64];
        private int positiveCount;
        private int negativeCount;

        @Override
        public void reserve(int rows, int positiveRows) {
            positives = Arrays.copyOf(positives, Math.max(positives.length, positiveRows));
            negatives = Arrays.copyOf(negatives, Math.max(negatives.length, rows - positiveRows));
        }

        @Override
        public void add(double target, double prediction) {
            if (target >= 0.5) {
                if (positiveCount == positives.length) {
                    positives = Arrays.copyOf(positives, positives.length * 2);
                }
                positives[positiveCount++] = prediction;
            } else {
                if (negativeCount == negatives.length) {
                    negatives = Arrays.copyOf(negatives, negatives.length * 2);
                }
                negatives[negativeCount++] = prediction;
            }
        }

        @Override
        public double value() {
            if (positiveCount == 0 || negativeCount == 0) {
                return Double.NaN;
            }
            // sorted in place (the order of the rows does not matter): no second copy of millions of scores
            Arrays.sort(positives, 0, positiveCount);
            Arrays.sort(negatives, 0, negativeCount);
            double[] neg = negatives;
            // for each positive: negatives strictly below plus half the negatives equal to it
            double wins = 0;
            int below = 0;
            int upTo = 0;
            for (int i = 0; i < positiveCount; i++) {
                double score = positives[i];
                while (below < negativeCount && neg[below] < score) {
                    below++;
                }
                upTo = Math.max(upTo, below);
                while (upTo < negativeCount && neg[upTo] <= score) {
                    upTo++;
                }
                wins += below + (upTo - below) / 2.0;
            }
            return wins / ((double) positiveCount * negativeCount);
        }
    }

    /** Labels compared as trimmed text: the share of rows that hit. */
    public static final class Accuracy extends MeanOfRows {
        @Override
        public double row(String target, String prediction) {
            return hit(target, prediction);
        }
    }

    /** 1 when the predicted label is the target, else 0. */
    static double hit(String target, String prediction) {
        return target.trim().equals(prediction.trim()) ? 1 : 0;
    }

    /** True positives, false positives and false negatives per label. */
    abstract static class Confusion implements Accumulator {
        final Map<String, long[]> perLabel = new HashMap<>();
        final Set<String> targets = new HashSet<>();

        @Override
        public final void add(String target, String prediction) {
            String t = target.trim();
            String p = prediction.trim();
            targets.add(t);
            if (t.equals(p)) {
                counts(t)[0]++;
            } else {
                counts(p)[1]++;
                counts(t)[2]++;
            }
        }

        long[] counts(String label) {
            return perLabel.computeIfAbsent(label, l -> new long[3]);
        }
    }

    /**
     * Unweighted mean of the per-class F1 over the labels that occur in the targets (a label only ever predicted
     * adds nothing, as the answer key defines the classes); a class with no true and no predicted row is skipped.
     */
    public static final class MacroF1 extends Confusion {
        @Override
        public double value() {
            if (targets.isEmpty()) {
                return Double.NaN;
            }
            double sum = 0;
            for (String label : targets) {
                long[] c = counts(label);
                sum += f1(c[0], c[1], c[2]);
            }
            return sum / targets.size();
        }

        /** F1 of one class from its true positives, false positives and false negatives; 0 when all are 0. */
        static double f1(double truePositives, double falsePositives, double falseNegatives) {
            double denominator = 2.0 * truePositives + falsePositives + falseNegatives;
            return denominator == 0 ? 0 : 2.0 * truePositives / denominator;
        }
    }

    /**
     * F1 over the pooled counts; for single-label rows this equals accuracy, which is also how the bootstrap
     * resamples it (the mean of the row hits).
     */
    public static final class MicroF1 extends Confusion implements RowMean {
        @Override
        public double row(String target, String prediction) {
            return hit(target, prediction);
        }

        @Override
        public double value() {
            long tp = 0;
            long fp = 0;
            long fn = 0;
            for (long[] c : perLabel.values()) {
                tp += c[0];
                fp += c[1];
                fn += c[2];
            }
            double denominator = 2.0 * tp + fp + fn;
            return denominator == 0 ? Double.NaN : 2.0 * tp / denominator;
        }
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
    public static final class MeanAveragePrecision extends Ranking {
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
    public static final class Ndcg extends Ranking {
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
