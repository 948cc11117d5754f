package org.opencontest.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

import org.junit.jupiter.api.Test;

/** AUC's radix sort against {@link Arrays#sort(double[])}: the same bits in the same places, signed zeros included. */
class ScoreSortTest {

    private static final double[] SPECIAL = {0.0, -0.0, 1.0, Math.nextUp(1.0), Math.nextDown(1.0), -1.0,
        Math.nextDown(-1.0), Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, -1e300};

    @Test
    void ordersAsArraysSortDoesWhateverBitsTheScoresShare() {
        SplittableRandom random = new SplittableRandom(5);
        // every bit differs: six 11-bit passes
        check(20_000, () -> random.nextInt(3) == 0 ? random.nextGaussian() * 1e6
                : SPECIAL[random.nextInt(SPECIAL.length)]);
        // as the bench's files: 0-100 with four decimals
        check(50_000, () -> Math.round(random.nextDouble() * 1e6) / 1e4);
        // probabilities, with ties
        check(50_000, () -> random.nextInt(1_000) / 999.0);
        // only the last 6 bits differ: one pass
        check(5_000, () -> 1.0 + random.nextInt(64) * Math.ulp(1.0));
        // the lowest bit and one exponent bit differ: the passes in between are skipped (all scores share them)
        check(5_000, () -> (random.nextBoolean() ? 1.0 : 2.0) * (1.0 + random.nextInt(2) * Math.ulp(1.0)));
        // only negative scores, and signed zeros among them
        check(20_000, () -> random.nextInt(10) == 0 ? -0.0 : -random.nextDouble() * 100);
        // signed zeros alone: -0.0 before 0.0 as in Arrays.sort
        check(3_000, () -> random.nextBoolean() ? 0.0 : -0.0);
        check(1, () -> 0.5);
        check(0, () -> 0.5);
    }

    @Test
    void leavesScoresInOrderAsTheyAre() {
        double[] ascending = {-2.0, -0.0, 0.0, 0.0, 1.5, 1.5, 7.0, 9.0};
        double[] copy = ascending.clone();
        assertThat(new ScoreSort(ascending.length).sort(ascending, ascending.length)).isSameAs(ascending);
        assertThat(bits(ascending, ascending.length)).isEqualTo(bits(copy, copy.length));
        // 0.0 before -0.0 is not the order of Arrays.sort: it is sorted
        double[] zeros = {0.0, -0.0, 0.0};
        double[] sorted = new ScoreSort(3).sort(zeros, 3);
        assertThat(bits(sorted, 3)).isEqualTo(bits(new double[] {-0.0, 0.0, 0.0}, 3));
    }

    @Test
    void theSpareOfOneSortServesTheNext() {
        SplittableRandom random = new SplittableRandom(9);
        // arrays longer than their scores, as AUC's are; the longer sorted first, then the shorter with the spare
        // left by the first, whichever array that is (an odd number of passes leaves the result in the spare)
        // the longer: every bit differs (six passes: sorted back into itself) or 33 bits (three: into the spare)
        for (boolean wide : new boolean[] {true, false}) {
            double[] longer = new double[12_000];
            double[] shorter = new double[9_000];
            for (int i = 0; i < longer.length; i++) {
                longer[i] = wide ? random.nextDouble() * 1e300 - 5e299
                        : 1.0 + random.nextLong(1L << 33) * Math.ulp(1.0);
            }
            // three passes: sorted into the spare the longer left
            for (int i = 0; i < shorter.length; i++) {
                shorter[i] = 1.0 + random.nextLong(1L << 33) * Math.ulp(1.0);
            }
            long[] longerSorted = sortedBits(longer, 11_000);
            long[] shorterSorted = sortedBits(shorter, 8_500);
            ScoreSort sort = new ScoreSort(11_000);
            double[] first = sort.sort(longer, 11_000);
            double[] second = sort.sort(shorter, 8_500);
            assertThat(second).isNotSameAs(first);
            assertThat(bits(first, 11_000)).isEqualTo(longerSorted);
            assertThat(bits(second, 8_500)).isEqualTo(shorterSorted);
        }
    }

    private static void check(int n, DoubleSupplier scores) {
        // a little longer than n, as AUC's arrays are: what lies past n is not sorted
        double[] values = new double[n + 3];
        for (int i = 0; i < n; i++) {
            values[i] = scores.getAsDouble();
        }
        values[n] = Double.MAX_VALUE;
        values[n + 1] = -1.0;
        long[] expected = sortedBits(values, n);
        double[] sorted = new ScoreSort(n).sort(values, n);
        assertThat(bits(sorted, n)).as("%d scores", n).isEqualTo(expected);
    }

    private static long[] sortedBits(double[] values, int n) {
        double[] copy = Arrays.copyOf(values, n);
        Arrays.sort(copy);
        return bits(copy, n);
    }

    private static long[] bits(double[] values, int n) {
        long[] bits = new long[n];
        for (int i = 0; i < n; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return bits;
    }
}
