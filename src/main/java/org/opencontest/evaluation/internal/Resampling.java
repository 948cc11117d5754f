package org.opencontest.evaluation.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

import it.unimi.dsi.fastutil.doubles.DoubleArrays;

/**
 * How the bootstrap of the private leaderboard scores a resample of an entry's private rows without the files: one
 * number is kept per row of the entry ({@link #value}) and one per row of the answer key ({@link #target}), in
 * primitive arrays; a resample is a count per row (how often it was drawn). Metrics that are a function of a mean of
 * row values ({@link Metrics.RowMean}) keep that row value; R², AUC and macro F1, which are not, keep what their
 * weighted formulas need.
 */
abstract class Resampling {

    static Resampling of(TrackSettings settings) {
        return switch (settings.metric()) {
            case R2 -> new SquaredErrors();
            case AUC -> new RankedScores();
            case MACRO_F1 -> new LabelIndices();
            default -> new MeanOfRows((Metrics.RowMean) settings.accumulator());
        };
    }

    /** What is kept of one row of an entry. */
    abstract double value(String target, String prediction);

    /** What is kept of one answer-key row; 0 where the statistic does not look at it. */
    double target(String target) {
        return 0;
    }

    /** One entry's rows, ready to be scored under any resample. */
    abstract Rows rows(double[] values, double[] targets);

    /** Scores a resample: {@code counts[i]} is how often row {@code i} was drawn. */
    interface Rows {
        double score(int[] counts);
    }

    private static final class MeanOfRows extends Resampling {
        private final Metrics.RowMean metric;

        MeanOfRows(Metrics.RowMean metric) {
            this.metric = metric;
        }

        @Override
        double value(String target, String prediction) {
            return metric.row(target, prediction);
        }

        @Override
        Rows rows(double[] values, double[] targets) {
            return counts -> {
                double sum = 0;
                long drawn = 0;
                for (int i = 0; i < values.length; i++) {
                    sum += counts[i] * values[i];
                    drawn += counts[i];
                }
                return drawn == 0 ? Double.NaN : metric.finish(sum / drawn);
            };
        }
    }

    /** R²: the squared error per row, the target per key row. */
    private static final class SquaredErrors extends Resampling {
        @Override
        double value(String target, String prediction) {
            double error = Double.parseDouble(prediction.trim()) - Double.parseDouble(target.trim());
            return error * error;
        }

        @Override
        double target(String target) {
            return Double.parseDouble(target.trim());
        }

        @Override
        Rows rows(double[] values, double[] targets) {
            return counts -> {
                double residuals = 0;
                double sum = 0;
                double sumSquares = 0;
                long drawn = 0;
                for (int i = 0; i < values.length; i++) {
                    int c = counts[i];
                    residuals += c * values[i];
                    sum += c * targets[i];
                    sumSquares += c * targets[i] * targets[i];
                    drawn += c;
                }
                return RegressionMetrics.R2.of(residuals, sum, sumSquares, drawn);
            };
        }
    }

    /**
     * AUC: the score per row, the class (0 or 1) per key row. The rows are put in score order once per entry; each
     * resample then walks them in one pass, counting each positive's drawn negatives below it and half the equal ones.
     */
    private static final class RankedScores extends Resampling {
        @Override
        double value(String target, String prediction) {
            return Double.parseDouble(prediction.trim());
        }

        @Override
        double target(String target) {
            return Double.parseDouble(target.trim());
        }

        @Override
        Rows rows(double[] values, double[] targets) {
            // a stable radix sort of the row numbers by score: the order of a comparison sort by Double.compare,
            // without a boxed Integer per row (millions of private rows)
            int[] order = IntStream.range(0, values.length).toArray();
            DoubleArrays.radixSortIndirect(order, values, true);
            // scores and classes laid out in score order, so a resample reads only its counts out of order
            double[] scores = new double[order.length];
            boolean[] positive = new boolean[order.length];
            for (int i = 0; i < order.length; i++) {
                scores[i] = values[order[i]];
                positive[i] = targets[order[i]] >= 0.5;
            }
            return counts -> {
                double wins = 0;
                double negativesBelow = 0;
                double positives = 0;
                int start = 0;
                while (start < order.length) {
                    int end = start;
                    double positivesHere = 0;
                    double negativesHere = 0;
                    while (end < order.length && scores[end] == scores[start]) {
                        int drawn = counts[order[end]];
                        if (positive[end]) {
                            positivesHere += drawn;
                        } else {
                            negativesHere += drawn;
                        }
                        end++;
                    }
                    wins += positivesHere * (negativesBelow + negativesHere / 2);
                    negativesBelow += negativesHere;
                    positives += positivesHere;
                    start = end;
                }
                return positives == 0 || negativesBelow == 0 ? Double.NaN : wins / (positives * negativesBelow);
            };
        }
    }

    /** Macro F1: the predicted label's index per row, the true label's index per key row. */
    private static final class LabelIndices extends Resampling {
        private final Map<String, Integer> labels = new HashMap<>();

        @Override
        double value(String target, String prediction) {
            return index(prediction);
        }

        @Override
        double target(String target) {
            return index(target);
        }

        private int index(String label) {
            return labels.computeIfAbsent(label.trim(), l -> labels.size());
        }

        @Override
        Rows rows(double[] values, double[] targets) {
            int classes = labels.size();
            return counts -> {
                double[] truePositives = new double[classes];
                double[] falsePositives = new double[classes];
                double[] falseNegatives = new double[classes];
                for (int i = 0; i < values.length; i++) {
                    int truth = (int) targets[i];
                    int predicted = (int) values[i];
                    if (truth == predicted) {
                        truePositives[truth] += counts[i];
                    } else {
                        falsePositives[predicted] += counts[i];
                        falseNegatives[truth] += counts[i];
                    }
                }
                // as MacroF1: the mean over the classes that occur among the drawn targets
                double sum = 0;
                int present = 0;
                for (int k = 0; k < classes; k++) {
                    if (truePositives[k] + falseNegatives[k] > 0) {
                        sum += ClassificationMetrics.MacroF1.f1(truePositives[k], falsePositives[k], falseNegatives[k]);
                        present++;
                    }
                }
                return present == 0 ? Double.NaN : sum / present;
            };
        }
    }
}
