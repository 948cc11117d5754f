package org.opencontest.evaluation.internal;

import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The metrics an evaluated track can be scored with, each with its direction and what the target and prediction
 * columns hold. Log loss and AUC are binary: the target is 0 or 1, the prediction the probability (AUC: any score)
 * of 1; multi-class log loss takes one probability column per class. MAP@K and NDCG@K rank items per id (binary relevance),
 * looking at the first K of each list (the track's ranking cut-off).
 */
public enum Metric {
    ACCURACY(Kind.LABEL, true, ClassificationMetrics.Accuracy::new),
    MACRO_F1(Kind.LABEL, true, ClassificationMetrics.MacroF1::new),
    MICRO_F1(Kind.LABEL, true, ClassificationMetrics.MicroF1::new),
    LOG_LOSS(Kind.PROBABILITY, false, ClassificationMetrics.LogLoss::new),
    MULTI_LOG_LOSS(Kind.CLASS_PROBABILITIES, false, ClassificationMetrics.MultiClassLogLoss::new),
    AUC(Kind.BINARY_SCORE, true, ClassificationMetrics.Auc::new),
    RMSE(Kind.NUMBER, false, RegressionMetrics.Rmse::new),
    MAE(Kind.NUMBER, false, RegressionMetrics.Mae::new),
    MAPE(Kind.NONZERO_TARGET, false, RegressionMetrics.Mape::new),
    RMSLE(Kind.NON_NEGATIVE, false, RegressionMetrics.Rmsle::new),
    R2(Kind.NUMBER, true, RegressionMetrics.R2::new),
    MAP_AT_K(Kind.RANKING, true, RankingMetrics.MeanAveragePrecision::new),
    NDCG_AT_K(Kind.RANKING, true, RankingMetrics.Ndcg::new);

    /** What the columns hold, which decides how a prediction file is checked. */
    public enum Kind {
        /** class labels, compared as text; a prediction must be one of the answer key's labels */
        LABEL,
        /** target 0 or 1, prediction a probability in [0, 1] */
        PROBABILITY,
        /**
         * target a class label; the prediction file has one column per class of the answer key (the header names the
         * class), each a number ≥ 0; a row is normalised to sum 1
         */
        CLASS_PROBABILITIES,
        /** target 0 or 1, prediction any finite number */
        BINARY_SCORE,
        /** target and prediction finite numbers */
        NUMBER,
        /** target a finite number other than 0 (it divides), prediction any finite number */
        NONZERO_TARGET,
        /** target and prediction finite numbers ≥ 0 (their logarithms are taken) */
        NON_NEGATIVE,
        /**
         * target the relevant items, prediction the ranked items, best first; both separated by spaces; a prediction
         * may be empty and must not repeat an item
         */
        RANKING;

        /** Target and prediction are numbers (the answer key keeps the target as one). */
        public boolean numeric() {
            return this != LABEL && this != CLASS_PROBABILITIES && this != RANKING;
        }

        /** The target is 0 or 1 (the answer key keeps it as one bit). */
        public boolean binary() {
            return this == PROBABILITY || this == BINARY_SCORE;
        }
    }

    private final Kind kind;
    private final boolean higherIsBetter;
    private final IntFunction<Metrics.Accumulator> accumulator;

    Metric(Kind kind, boolean higherIsBetter, Supplier<Metrics.Accumulator> accumulator) {
        this(kind, higherIsBetter, rankingCutoff -> accumulator.get());
    }

    Metric(Kind kind, boolean higherIsBetter, IntFunction<Metrics.Accumulator> accumulator) {
        this.kind = kind;
        this.higherIsBetter = higherIsBetter;
        this.accumulator = accumulator;
    }

    public Kind kind() {
        return kind;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /**
     * A fresh accumulator that takes (target, prediction) pairs one at a time; {@code rankingCutoff} is the K of a
     * ranking metric, ignored by the others.
     */
    public Metrics.Accumulator accumulator(int rankingCutoff) {
        return accumulator.apply(rankingCutoff);
    }

    /** Negative when {@code a} is the better score. */
    public int compare(double a, double b) {
        return higherIsBetter ? Double.compare(b, a) : Double.compare(a, b);
    }

    public String messageKey() {
        return "evaluation.metric." + name();
    }
}
