package org.opencontest.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every metric against values computed by hand from the published definitions (the working is in each test), the
 * scikit-learn documentation's AUC example, and two properties over random data: a perfect prediction scores best,
 * and row order does not matter.
 */
class MetricsTest {

    /** The usual K of the ranking metrics; the others ignore it. */
    private static final int K = TrackSettings.DEFAULT_RANKING_CUTOFF;

    private static final double EXACT = 1e-12;

    @Test
    void rmseIsTheRootOfTheMeanSquaredError() {
        // errors 1, 0, 2 -> squares 1, 0, 4 -> mean 5/3 -> sqrt(5/3)
        assertThat(score(Metric.RMSE, "1,2,3", "2,2,5")).isCloseTo(Math.sqrt(5.0 / 3), within(EXACT));
        assertThat(Math.sqrt(5.0 / 3)).isCloseTo(1.2909944487, within(1e-10));
    }

    @Test
    void maeIsTheMeanAbsoluteError() {
        // |1| + |0| + |2| = 3 over 3 rows; negative errors count as positive: |-4| over 1 row
        assertThat(score(Metric.MAE, "1,2,3", "2,2,5")).isCloseTo(1.0, within(EXACT));
        assertThat(score(Metric.MAE, "5", "1")).isCloseTo(4.0, within(EXACT));
    }

    @Test
    void mapeIsTheMeanRelativeError() {
        // |110 - 100| / 100 = 0.1, |180 - 200| / 200 = 0.1, |-3 - (-2)| / |-2| = 0.5 -> 0.7 / 3
        assertThat(score(Metric.MAPE, "100,200,-2", "110,180,-3")).isCloseTo(0.7 / 3, within(EXACT));
    }

    @Test
    void rmsleIsTheRmseOfTheLogarithms() {
        // ln(1 + (e - 1)) - ln(1 + 0) = 1 and 0 -> sqrt(1/2)
        double eMinusOne = Math.E - 1;
        assertThat(score(Metric.RMSLE, "0," + eMinusOne, eMinusOne + "," + eMinusOne))
                .isCloseTo(Math.sqrt(0.5), within(1e-12));
        // ln(1 + 3) - ln(1 + 1) = ln 2 on one row
        assertThat(score(Metric.RMSLE, "1", "3")).isCloseTo(Math.log(2), within(1e-12));
    }

    @Test
    void r2ComparesWithPredictingTheMean() {
        // mean 2, SStot = 1 + 0 + 1 = 2; SSres = 1 + 0 + 4 = 5 -> 1 - 5/2
        assertThat(score(Metric.R2, "1,2,3", "2,2,5")).isCloseTo(-1.5, within(EXACT));
        // predicting the mean everywhere gives 0
        assertThat(score(Metric.R2, "1,2,3", "2,2,2")).isCloseTo(0.0, within(EXACT));
    }

    @Test
    void accuracyIsTheShareOfEqualLabels() {
        assertThat(score(Metric.ACCURACY, "a,b,a,c", "a,a,a,c")).isCloseTo(0.75, within(EXACT));
    }

    @Test
    void macroF1AveragesThePerClassF1() {
        // a: tp 1, fp 1 (row 5), fn 1 (row 2) -> 2/4 = 0.5
        // b: tp 2, fp 1 (row 2), fn 0 -> 4/5 = 0.8
        // c: tp 0, fp 0, fn 1 -> 0
        // macro = (0.5 + 0.8 + 0) / 3
        assertThat(score(Metric.MACRO_F1, "a,a,b,b,c", "a,b,b,b,a")).isCloseTo(1.3 / 3, within(EXACT));
    }

    @Test
    void microF1PoolsTheCountsAndEqualsAccuracyForOneLabelPerRow() {
        // tp 3, fp 2, fn 2 -> 6 / 10
        assertThat(score(Metric.MICRO_F1, "a,a,b,b,c", "a,b,b,b,a")).isCloseTo(0.6, within(EXACT));
        assertThat(score(Metric.ACCURACY, "a,a,b,b,c", "a,b,b,b,a")).isCloseTo(0.6, within(EXACT));
    }

    @Test
    void logLossAveragesTheNegativeLogOfTheTrueAnswersProbability() {
        // -(ln 0.8 + ln(1 - 0.4)) / 2 = (0.2231435513 + 0.5108256238) / 2
        assertThat(score(Metric.LOG_LOSS, "1,0", "0.8,0.4")).isCloseTo(0.3669845875, within(1e-10));
        // a certain wrong answer is clipped at 1e-15: -ln(1e-15) = 34.5387763949
        assertThat(score(Metric.LOG_LOSS, "1", "0")).isCloseTo(34.5387763949, within(1e-6));
        assertThat(score(Metric.LOG_LOSS, "0", "0")).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void multiClassLogLossMatchesScikitLearnsDocumentedExample() {
        // scikit-learn's log_loss example: y = [spam, ham, ham, spam], classes sorted [ham, spam],
        // probabilities [[.1, .9], [.9, .1], [.8, .2], [.35, .65]] -> 0.21616...
        // by hand: -(ln .9 + ln .9 + ln .8 + ln .65) / 4 = (0.1053605 + 0.1053605 + 0.2231436 + 0.4307829) / 4
        double[][] probabilities = {{.1, .9}, {.9, .1}, {.8, .2}, {.35, .65}};
        int[] truth = {1, 0, 0, 1};
        Metrics.Accumulator loss = Metric.MULTI_LOG_LOSS.accumulator(K);
        for (int i = 0; i < truth.length; i++) {
            loss.add(truth[i] == 0 ? "ham" : "spam", Double.toString(
                    ClassificationMetrics.MultiClassLogLoss.trueClassProbability(probabilities[i], truth[i])));
        }
        assertThat(loss.value()).isCloseTo(0.21616187468057912, within(1e-12));
    }

    @Test
    void multiClassProbabilitiesAreClippedThenNormalisedAsScikitLearnDoes() {
        // [0.6, 0.3, 0.3] sums to 1.2: the true class 0 gets 0.6 / 1.2 = 0.5 -> loss ln 2
        assertThat(ClassificationMetrics.MultiClassLogLoss.trueClassProbability(new double[] {0.6, 0.3, 0.3}, 0))
                .isCloseTo(0.5, within(EXACT));
        // 0 is clipped to 1e-15, 1 to 1 - 1e-15; the sum is 1: a certain wrong answer costs -ln(1e-15) = 34.539
        double certainWrong = ClassificationMetrics.MultiClassLogLoss.trueClassProbability(new double[] {0, 1}, 0);
        assertThat(certainWrong).isCloseTo(1e-15, within(1e-20));
        assertThat(-Math.log(certainWrong)).isCloseTo(34.5387763949, within(1e-6));
        // all zeros: every class clipped alike, so each gets 1/k (as the uniform guess)
        assertThat(ClassificationMetrics.MultiClassLogLoss.trueClassProbability(new double[] {0, 0, 0, 0}, 2))
                .isCloseTo(0.25, within(EXACT));
    }

    @Test
    void aucCountsCorrectlyOrderedPairsAndTiesHalf() {
        // scikit-learn's roc_auc_score example: y = [0, 0, 1, 1], scores [0.1, 0.4, 0.35, 0.8] -> 0.75
        assertThat(score(Metric.AUC, "0,0,1,1", "0.1,0.4,0.35,0.8")).isCloseTo(0.75, within(EXACT));
        // pairs (pos, neg): (0.9, 0.5) win, (0.9, 0.1) win, (0.4, 0.5) loss, (0.4, 0.1) win -> 3/4
        assertThat(score(Metric.AUC, "1,1,0,0", "0.9,0.4,0.5,0.1")).isCloseTo(0.75, within(EXACT));
        // one tie among 2 x 2 pairs: (0.5, 0.5) half, (0.5, 0.2) win, (0.7, 0.5) win, (0.7, 0.2) win -> 3.5/4
        assertThat(score(Metric.AUC, "1,1,0,0", "0.5,0.7,0.5,0.2")).isCloseTo(0.875, within(EXACT));
        // only one class: undefined
        assertThat(score(Metric.AUC, "1,1", "0.5,0.7")).isNaN();
    }

    @Test
    void aucOfThousandsOfRowsWithTiesAndSignedZerosIsThePairCount() {
        // thousands of rows in each class; few distinct scores, so ties within and across the classes; 0.0 and
        // -0.0 compare equal (a tie, not a win);
        // scores one ulp apart, of both signs and at the ends of the range are ordered by the sort's last digits
        double[] special = {0.0, -0.0, 1.0, Math.nextUp(1.0), Math.nextDown(1.0), -1.0, Math.nextDown(-1.0),
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, -1e300, 0.5, 0.25};
        Random random = new Random(11);
        int rows = 6_000;
        double[] targets = new double[rows];
        double[] scores = new double[rows];
        Metrics.Accumulator auc = Metric.AUC.accumulator(K);
        for (int i = 0; i < rows; i++) {
            targets[i] = random.nextInt(3) == 0 ? 1 : 0;
            scores[i] = random.nextInt(4) == 0 ? random.nextGaussian() : special[random.nextInt(special.length)];
            auc.add(targets[i], scores[i]);
        }
        assertThat(auc.value()).isEqualTo(pairCount(targets, scores, 1_024L * 1_024));
    }

    @Test
    void aucIsThePairCountWhateverBitsTheScoresShareAndWhicheverClassIsLonger() {
        Random random = new Random(13);
        int rows = 4_000;
        // scores one ulp apart (one radix pass), negative scores only, a class that arrives sorted; positives the
        // longer class in one half of the cases and the shorter in the other (the longer is sorted first)
        for (int variant = 0; variant < 6; variant++) {
            double positiveShare = variant % 2 == 0 ? 0.7 : 0.3;
            double[] targets = new double[rows];
            double[] scores = new double[rows];
            Metrics.Accumulator auc = Metric.AUC.accumulator(K);
            for (int i = 0; i < rows; i++) {
                targets[i] = random.nextDouble() < positiveShare ? 1 : 0;
                scores[i] = switch (variant / 2) {
                    case 0 -> 0.5 + random.nextInt(200) * Math.ulp(0.5);
                    case 1 -> random.nextInt(10) == 0 ? -0.0 : -random.nextInt(500) / 7.0;
                    default -> targets[i] == 1 ? i / (double) rows : random.nextInt(rows) / (double) rows;
                };
                auc.add(targets[i], scores[i]);
            }
            assertThat(auc.value()).as("variant %d", variant).isEqualTo(pairCount(targets, scores, 1_000_000));
        }
    }

    /** Every (positive, negative) pair: 1 when the positive scores higher, one half when equal; over the pairs. */
    private static double pairCount(double[] targets, double[] scores, long leastPairs) {
        double wins = 0;
        long pairs = 0;
        for (int p = 0; p < targets.length; p++) {
            for (int n = 0; n < targets.length; n++) {
                if (targets[p] == 1 && targets[n] == 0) {
                    pairs++;
                    wins += scores[p] > scores[n] ? 1 : scores[p] == scores[n] ? 0.5 : 0;
                }
            }
        }
        assertThat(pairs).isGreaterThan(leastPairs);
        return wins / pairs;
    }

    @Test
    void anEmptyAccumulatorHasNoScore() {
        for (Metric metric : Metric.values()) {
            assertThat(metric.accumulator(K).value()).as(metric.name()).isNaN();
        }
    }

    @Test
    void mapAt10AveragesThePrecisionAtEachRelevantItem() {
        // row 1: relevant a, b, c at places 1, 3, 5 -> (1/1 + 2/3 + 3/5) / 3 = 34/45; row 2: d at place 2 -> 1/2;
        // row 3: nothing relevant listed -> 0; mean (34/45 + 1/2 + 0) / 3 = 113/270
        assertThat(score(Metric.MAP_AT_K, "a b c,d,e", "a x b y c,x d,z")).isCloseTo(113.0 / 270, within(EXACT));
        // 12 relevant items, the first 10 listed: divided by min(12, 10) -> 1
        assertThat(score(Metric.MAP_AT_K, "1 2 3 4 5 6 7 8 9 10 11 12", "1 2 3 4 5 6 7 8 9 10")).isCloseTo(1.0,
                within(EXACT));
        // place 11 is past the cutoff
        assertThat(score(Metric.MAP_AT_K, "k", "1 2 3 4 5 6 7 8 9 10 k")).isCloseTo(0.0, within(EXACT));
    }

    @Test
    void ndcgAt10DiscountsRelevantItemsByTheLogarithmOfTheirPlace() {
        // a, b at places 2, 3: DCG = 1/log2(3) + 1/log2(4); ideal (places 1, 2) = 1 + 1/log2(3)
        double log2of3 = Math.log(3) / Math.log(2);
        assertThat(score(Metric.NDCG_AT_K, "a b", "x a b")).isCloseTo((1 / log2of3 + 0.5) / (1 + 1 / log2of3),
                within(EXACT));
        assertThat(score(Metric.NDCG_AT_K, "a b", "b a")).isCloseTo(1.0, within(EXACT));
        assertThat(score(Metric.NDCG_AT_K, "k", "1 2 3 4 5 6 7 8 9 10 k")).isCloseTo(0.0, within(EXACT));
    }

    @Test
    void theCutoffIsTheTracksK() {
        // K = 2: of "a x b", only a (place 1) counts; MAP divides by min(2 relevant, 2) -> 1/2
        assertThat(score(Metric.MAP_AT_K.accumulator(2), "a b", "a x b")).isCloseTo(0.5, within(EXACT));
        // NDCG@2: DCG = 1, ideal = 1 + 1/log2(3)
        double log2of3 = Math.log(3) / Math.log(2);
        assertThat(score(Metric.NDCG_AT_K.accumulator(2), "a b", "a x b")).isCloseTo(1 / (1 + 1 / log2of3),
                within(EXACT));
        // K = 3 reaches b at place 3: (1/1 + 2/3) / 2
        assertThat(score(Metric.MAP_AT_K.accumulator(3), "a b", "a x b")).isCloseTo(5.0 / 6, within(EXACT));
    }

    @ParameterizedTest
    @EnumSource(Metric.class)
    void aPerfectPredictionScoresAtLeastAsWellAsAnyOther(Metric metric) {
        Random random = new Random(42);
        for (int trial = 0; trial < 20; trial++) {
            List<String[]> rows = randomRows(metric, random, 50);
            Metrics.Accumulator perfect = metric.accumulator(K);
            Metrics.Accumulator other = metric.accumulator(K);
            for (String[] row : rows) {
                perfect.add(row[0], perfectPrediction(metric, row[0]));
                other.add(row[0], row[1]);
            }
            assertThat(metric.compare(perfect.value(), other.value())).as("%s trial %d", metric, trial)
                    .isLessThanOrEqualTo(0);
        }
    }

    @ParameterizedTest
    @EnumSource(Metric.class)
    void rowOrderDoesNotMatter(Metric metric) {
        Random random = new Random(7);
        List<String[]> rows = randomRows(metric, random, 200);
        Metrics.Accumulator inOrder = metric.accumulator(K);
        rows.forEach(row -> inOrder.add(row[0], row[1]));
        List<String[]> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, random);
        Metrics.Accumulator reordered = metric.accumulator(K);
        shuffled.forEach(row -> reordered.add(row[0], row[1]));
        assertThat(reordered.value()).isCloseTo(inOrder.value(), within(1e-9));
    }

    @Test
    void directionsAreDeclared() {
        assertThat(Metric.RMSE.compare(0.1, 0.2)).isNegative();
        assertThat(Metric.AUC.compare(0.9, 0.8)).isNegative();
        assertThat(Metric.LOG_LOSS.higherIsBetter()).isFalse();
        assertThat(Metric.MACRO_F1.higherIsBetter()).isTrue();
    }

    private static String perfectPrediction(Metric metric, String target) {
        return switch (metric.kind()) {
            case PROBABILITY, BINARY_SCORE -> target.equals("1") ? "1" : "0";
            // the true class's normalised probability
            case CLASS_PROBABILITIES -> "1";
            default -> target;
        };
    }

    static List<String[]> randomRows(Metric metric, Random random, int count) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            switch (metric.kind()) {
                case LABEL -> rows.add(new String[] {"c" + random.nextInt(4), "c" + random.nextInt(4)});
                case CLASS_PROBABILITIES -> rows.add(new String[] {"c" + random.nextInt(4),
                        Double.toString(Math.max(1e-15, random.nextDouble()))});
                case PROBABILITY, BINARY_SCORE -> rows.add(new String[] {i % 2 == 0 ? "1" : "0",
                        Double.toString(random.nextDouble())});
                case RANKING -> rows.add(new String[] {"i" + random.nextInt(5) + " j" + random.nextInt(5),
                        "j" + random.nextInt(5) + " x i" + random.nextInt(5)});
                case NON_NEGATIVE -> rows.add(new String[] {Double.toString(Math.abs(random.nextGaussian() * 10)),
                        Double.toString(Math.abs(random.nextGaussian() * 10))});
                default -> rows.add(new String[] {Double.toString(random.nextGaussian() * 10),
                        Double.toString(random.nextGaussian() * 10)});
            }
        }
        return rows;
    }

    private static double score(Metric metric, String targets, String predictions) {
        return score(metric.accumulator(K), targets, predictions);
    }

    private static double score(Metrics.Accumulator accumulator, String targets, String predictions) {
        String[] t = targets.split(",");
        String[] p = predictions.split(",");
        for (int i = 0; i < t.length; i++) {
            accumulator.add(t[i], p[i]);
        }
        return accumulator.value();
    }
}
