package org.opencontest.evaluation.internal;

import org.opencontest.evaluation.internal.Metrics.Numeric;
import org.opencontest.evaluation.internal.Metrics.NumericMean;

/** Regression metrics: running sums only, whatever the number of rows. */
final class RegressionMetrics {

    private RegressionMetrics() {
    }

    static final class Rmse extends NumericMean {
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

    static final class Mae extends NumericMean {
        @Override
        double row(double target, double prediction) {
            return Math.abs(prediction - target);
        }
    }

    /** Mean absolute percentage error, as a fraction: mean(|p − y| / |y|); the answer key has no 0 target. */
    static final class Mape extends NumericMean {
        @Override
        double row(double target, double prediction) {
            return Math.abs(prediction - target) / Math.abs(target);
        }
    }

    /** Root mean squared logarithmic error: sqrt(mean((ln(1 + p) − ln(1 + y))²)); values are ≥ 0. */
    static final class Rmsle extends NumericMean {
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
    static final class R2 extends Numeric {
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
}
