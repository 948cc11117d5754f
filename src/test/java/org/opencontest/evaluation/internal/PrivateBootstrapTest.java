package org.opencontest.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The paired bootstrap of the private leaderboard: hand-checked intervals, ties for identical predictions, no tie for
 * a clearly better one, the same figures for the same seed, and every metric's resampled score equal to the
 * metric itself on the rows drawn.
 */
class PrivateBootstrapTest {

    private static final long SEED = 20_261_204L;

    @Test
    void percentilesTakeTheCentral95PercentOfTheScores() {
        // 1..1000 sorted: the 2.5th percentile is the 26th value (index 25), the 97.5th the 975th (index 974)
        double[] scores = IntStream.rangeClosed(1, 1000).mapToDouble(i -> 1001 - i).toArray();
        assertThat(PrivateBootstrap.percentiles(scores)).isEqualTo(new PrivateBootstrap.Interval(26, 975));
        // NaN resamples (AUC without one class) are left out; mostly NaN gives no interval
        assertThat(PrivateBootstrap.percentiles(new double[] {Double.NaN, Double.NaN, 1}).low()).isNaN();
    }

    @Test
    void twoRowsGiveTheHandComputedInterval() {
        // MAE with absolute errors 0 and 1: a resample of 2 draws is {0,0}, {0,1} or {1,1} with probabilities
        // 1/4, 1/2, 1/4, so the mean is 0, 0.5 or 1; 1,000 resamples put about 250 at each end, well beyond 2.5 %
        Resampling.Rows rows = mae(new String[] {"0", "0"}, new String[] {"0", "1"});
        assertThat(PrivateBootstrap.interval(rows, 2, PrivateBootstrap.SAMPLES, SEED))
                .isEqualTo(new PrivateBootstrap.Interval(0, 1));
        // the same error on every row: every resample gives it
        Resampling.Rows constant = mae(new String[] {"1", "2", "3"}, new String[] {"3", "4", "5"});
        assertThat(PrivateBootstrap.interval(constant, 3, PrivateBootstrap.SAMPLES, SEED))
                .isEqualTo(new PrivateBootstrap.Interval(2, 2));
    }

    @Test
    void identicalPredictionsAreTied() {
        Random random = new Random(1);
        String[] targets = numbers(random, 200);
        String[] predictions = numbers(random, 200);
        Resampling resampling = Resampling.of(settings(Metric.RMSE));
        double[] keyTargets = targets(resampling, targets);
        PrivateBootstrap.Comparison same = PrivateBootstrap.compare(
                resampling.rows(values(resampling, targets, predictions), keyTargets),
                resampling.rows(values(resampling, targets, predictions), keyTargets), 200,
                PrivateBootstrap.SAMPLES, SEED);
        assertThat(same.difference()).isEqualTo(new PrivateBootstrap.Interval(0, 0));
        assertThat(same.tied()).isTrue();
        assertThat(same.first()).isEqualTo(same.second());
    }

    @Test
    void aClearlyBetterPredictionIsNotTiedAndAnEquallyGoodOneIs() {
        Random random = new Random(2);
        int n = 500;
        String[] targets = numbers(random, n);
        String[] close = new String[n];
        String[] far = new String[n];
        String[] equallyGood = new String[n];
        for (int i = 0; i < n; i++) {
            double y = Double.parseDouble(targets[i]);
            close[i] = Double.toString(y + random.nextGaussian());
            far[i] = Double.toString(y + 3 * random.nextGaussian());
            // as good on average but better on some rows, worse on others: the rows cannot tell the two apart
            equallyGood[i] = Double.toString(y + random.nextGaussian());
        }
        Resampling resampling = Resampling.of(settings(Metric.RMSE));
        double[] keyTargets = targets(resampling, targets);
        Resampling.Rows closeRows = resampling.rows(values(resampling, targets, close), keyTargets);
        PrivateBootstrap.Comparison clear = PrivateBootstrap.compare(closeRows,
                resampling.rows(values(resampling, targets, far), keyTargets), n, PrivateBootstrap.SAMPLES, SEED);
        assertThat(clear.tied()).isFalse();
        assertThat(clear.difference().high()).isNegative();
        assertThat(clear.first().high()).isLessThan(clear.second().low());
        PrivateBootstrap.Comparison even = PrivateBootstrap.compare(closeRows,
                resampling.rows(values(resampling, targets, equallyGood), keyTargets), n, PrivateBootstrap.SAMPLES,
                SEED);
        assertThat(even.tied()).isTrue();
        assertThat(even.difference().low()).isNegative();
        assertThat(even.difference().high()).isPositive();
    }

    /** Why paired: overlapping intervals would call this a tie; the paired differences see it on every resample. */
    @Test
    void aSmallImprovementOnSomeRowsAndNoLossElsewhereIsNotTiedThoughTheIntervalsOverlap() {
        Random random = new Random(4);
        int n = 500;
        String[] targets = numbers(random, n);
        String[] better = new String[n];
        String[] worse = new String[n];
        for (int i = 0; i < n; i++) {
            double y = Double.parseDouble(targets[i]);
            double error = random.nextGaussian();
            better[i] = Double.toString(y + error);
            // one row in ten 10 % further off: each resample draws about 50 of them
            worse[i] = Double.toString(y + (i % 10 == 0 ? 1.1 * error : error));
        }
        Resampling resampling = Resampling.of(settings(Metric.MAE));
        double[] keyTargets = targets(resampling, targets);
        PrivateBootstrap.Comparison pair = PrivateBootstrap.compare(
                resampling.rows(values(resampling, targets, better), keyTargets),
                resampling.rows(values(resampling, targets, worse), keyTargets), n, PrivateBootstrap.SAMPLES, SEED);
        assertThat(pair.first().high()).isGreaterThan(pair.second().low());
        assertThat(pair.tied()).isFalse();
    }

    @Test
    void theSameSeedGivesTheSameFiguresAndEachEntryTheSameIntervalInEveryPair() {
        Random random = new Random(3);
        String[] targets = numbers(random, 100);
        Resampling resampling = Resampling.of(settings(Metric.MAE));
        double[] keyTargets = targets(resampling, targets);
        Resampling.Rows a = resampling.rows(values(resampling, targets, numbers(random, 100)), keyTargets);
        Resampling.Rows b = resampling.rows(values(resampling, targets, numbers(random, 100)), keyTargets);
        Resampling.Rows c = resampling.rows(values(resampling, targets, numbers(random, 100)), keyTargets);
        PrivateBootstrap.Comparison ab = PrivateBootstrap.compare(a, b, 100, PrivateBootstrap.SAMPLES, SEED);
        PrivateBootstrap.Comparison bc = PrivateBootstrap.compare(b, c, 100, PrivateBootstrap.SAMPLES, SEED);
        assertThat(PrivateBootstrap.compare(a, b, 100, PrivateBootstrap.SAMPLES, SEED)).isEqualTo(ab);
        assertThat(bc.first()).isEqualTo(ab.second());
        assertThat(PrivateBootstrap.interval(b, 100, PrivateBootstrap.SAMPLES, SEED)).isEqualTo(ab.second());
    }

    /** A resample is the rows drawn, each as often as counted: the metric's own accumulator fed them agrees. */
    @ParameterizedTest
    @EnumSource(Metric.class)
    void aResampledScoreIsTheMetricOfTheRowsDrawn(Metric metric) {
        Random random = new Random(11);
        List<String[]> rows = MetricsTest.randomRows(metric, random, 60);
        String[] targets = rows.stream().map(row -> row[0]).toArray(String[]::new);
        String[] predictions = rows.stream().map(row -> row[1]).toArray(String[]::new);
        Resampling resampling = Resampling.of(settings(metric));
        double[] keyTargets = targets(resampling, targets);
        Resampling.Rows resampled = resampling.rows(values(resampling, targets, predictions), keyTargets);
        for (int trial = 0; trial < 5; trial++) {
            int[] counts = new int[rows.size()];
            for (int d = 0; d < rows.size(); d++) {
                counts[random.nextInt(rows.size())]++;
            }
            Metrics.Accumulator drawn = metric.accumulator(TrackSettings.DEFAULT_RANKING_CUTOFF);
            for (int i = 0; i < rows.size(); i++) {
                for (int c = 0; c < counts[i]; c++) {
                    drawn.add(targets[i], predictions[i]);
                }
            }
            assertThat(resampled.score(counts)).as("%s trial %d", metric, trial)
                    .isCloseTo(drawn.value(), within(1e-9));
        }
    }

    /** Enough rows for the radix sort (a comparison sort below 1,024), with ties across classes and signed zeros. */
    @Test
    void aResampledAucOfThousandsOfTiedRowsIsTheMetricOfTheRowsDrawn() {
        Random random = new Random(7);
        String[] scores = {"0.0", "-0.0", "0.5", "1", "-1", "1e-300", "0.25"};
        int size = 3_000;
        String[] targets = new String[size];
        String[] predictions = new String[size];
        for (int i = 0; i < size; i++) {
            targets[i] = random.nextInt(3) == 0 ? "1" : "0";
            predictions[i] = random.nextBoolean() ? scores[random.nextInt(scores.length)]
                    : Double.toString(random.nextGaussian());
        }
        Resampling resampling = Resampling.of(settings(Metric.AUC));
        Resampling.Rows resampled = resampling.rows(values(resampling, targets, predictions),
                targets(resampling, targets));
        int[] counts = new int[size];
        for (int d = 0; d < size; d++) {
            counts[random.nextInt(size)]++;
        }
        Metrics.Accumulator drawn = Metric.AUC.accumulator(TrackSettings.DEFAULT_RANKING_CUTOFF);
        for (int i = 0; i < size; i++) {
            for (int c = 0; c < counts[i]; c++) {
                drawn.add(targets[i], predictions[i]);
            }
        }
        assertThat(resampled.score(counts)).isCloseTo(drawn.value(), within(1e-12));
    }

    private static Resampling.Rows mae(String[] targets, String[] predictions) {
        Resampling resampling = Resampling.of(settings(Metric.MAE));
        return resampling.rows(values(resampling, targets, predictions), targets(resampling, targets));
    }

    private static double[] targets(Resampling resampling, String[] targets) {
        return Arrays.stream(targets).mapToDouble(resampling::target).toArray();
    }

    private static double[] values(Resampling resampling, String[] targets, String[] predictions) {
        return IntStream.range(0, targets.length).mapToDouble(i -> resampling.value(targets[i], predictions[i]))
                .toArray();
    }

    private static String[] numbers(Random random, int count) {
        return IntStream.range(0, count).mapToObj(i -> Double.toString(random.nextGaussian() * 10))
                .toArray(String[]::new);
    }

    private static TrackSettings settings(Metric metric) {
        return new TrackSettings(null, metric, "id", "target", 0.5, 5, 5, false);
    }
}
