package org.opencontest.evaluation.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.opencontest.evaluation.internal.Metrics.Accumulator;
import org.opencontest.evaluation.internal.Metrics.MeanOfRows;
import org.opencontest.evaluation.internal.Metrics.Numeric;
import org.opencontest.evaluation.internal.Metrics.NumericMean;
import org.opencontest.evaluation.internal.Metrics.RowMean;

/**
 * Classification metrics: log losses (binary and multi-class), ROC AUC, which keeps the scores in two primitive
 * arrays, and the label metrics (accuracy, macro and micro F1) over labels compared as trimmed text.
 */
final class ClassificationMetrics {

    private ClassificationMetrics() {
    }

    /**
     * Binary log loss −mean(y·ln p + (1−y)·ln(1−p)); p is clipped to [1e-15, 1 − 1e-15] as scikit-learn does, so a
     * confident wrong answer costs about 34.5, not infinity.
     */
    static final class LogLoss extends NumericMean {
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
    static final class MultiClassLogLoss extends MeanOfRows {
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
    static final class Auc extends Numeric {
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
            // the order of the rows does not matter. A radix sort orders the scores as Arrays.sort does (-0.0 just
            // before 0.0, equal next to each other) in a fraction of its time, which at millions of rows is as long
            // as reading the files; it needs one second array, as long as the longer class, for both (the longer
            // sorted first, so that what is left as spare is long enough for the other)
            ScoreSort sort = new ScoreSort(Math.max(positiveCount, negativeCount));
            if (positiveCount >= negativeCount) {
                positives = sort.sort(positives, positiveCount);
                negatives = sort.sort(negatives, negativeCount);
            } else {
                negatives = sort.sort(negatives, negativeCount);
                positives = sort.sort(positives, positiveCount);
            }
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
    static final class Accuracy extends MeanOfRows {
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
    static final class MacroF1 extends Confusion {
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
    static final class MicroF1 extends Confusion implements RowMean {
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
}
