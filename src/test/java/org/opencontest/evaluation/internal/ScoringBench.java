package org.opencontest.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scoring throughput (profile {@code bench}, under {@code -Xmx384m}; not in CI): answer key and prediction file of
 * 1 M and 10 M rows scored from disk for RMSE and AUC, against a plain loop over two in-memory double arrays (the
 * bound). Prints rows per second and the load average; a run that runs out of memory is reported, not hidden.
 * {@code ./mvnw -Pbench test -Dtest=ScoringBench}
 */
class ScoringBench {

    private static final String SECRET = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    @TempDir
    Path dir;

    @Test
    void scoresLargeFilesAgainstAPlainLoop() throws IOException {
        System.out.printf("load average %.2f, max heap %d MiB%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().maxMemory() >> 20);
        for (int rows : new int[] {1_000_000, 10_000_000}) {
            for (Metric metric : new Metric[] {Metric.RMSE, Metric.AUC}) {
                measure(metric, rows);
            }
        }
    }

    private void measure(Metric metric, int rows) throws IOException {
        Path key = dir.resolve("key.csv");
        Path predictions = dir.resolve("predictions.csv");
        write(key, rows, metric, 1);
        write(predictions, rows, metric, 2);
        double bound = plainLoop(metric, rows);
        long start = System.nanoTime();
        String outcome;
        try (Reader keyReader = Files.newBufferedReader(key, StandardCharsets.UTF_8);
             Reader predictionReader = Files.newBufferedReader(predictions, StandardCharsets.UTF_8)) {
            AnswerKey answers = AnswerKey.read(keyReader, "id", "target", metric, new PublicSplit(SECRET, 0.3));
            PredictionScoring.Outcome scored = PredictionScoring.score(answers, predictionReader,
                    new TrackSettings(null, metric, "id", "target", 0.3, 5, 5, false));
            assertThat(scored.findings()).isEmpty();
            double perSecond = rows / ((System.nanoTime() - start) / 1e9);
            outcome = String.format("%,.0f rows/s (%.2f of the bound), public %.4f", perSecond, perSecond / bound,
                    scored.publicScore());
        } catch (OutOfMemoryError e) {
            outcome = "out of memory after " + (System.nanoTime() - start) / 1_000_000 + " ms";
        }
        System.out.printf("%s %,d rows: plain loop %,.0f rows/s; from files %s%n", metric, rows, bound, outcome);
    }

    /** Rows per second of the metric over two in-memory arrays: the best the file path could do. */
    private static double plainLoop(Metric metric, int rows) {
        SplittableRandom random = new SplittableRandom(1);
        double[] targets = new double[rows];
        double[] predictions = new double[rows];
        for (int i = 0; i < rows; i++) {
            targets[i] = metric == Metric.AUC ? random.nextInt(2) : random.nextDouble() * 100;
            predictions[i] = random.nextDouble() * 100;
        }
        long start = System.nanoTime();
        double value;
        if (metric == Metric.AUC) {
            double[] sorted = predictions.clone();
            Arrays.sort(sorted);
            value = sorted[rows / 2] + targets[0];
        } else {
            double squares = 0;
            for (int i = 0; i < rows; i++) {
                double error = predictions[i] - targets[i];
                squares += error * error;
            }
            value = Math.sqrt(squares / rows);
        }
        assertThat(value).isFinite();
        return rows / ((System.nanoTime() - start) / 1e9);
    }

    private static void write(Path file, int rows, Metric metric, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,target\n");
            for (int i = 0; i < rows; i++) {
                out.write("r");
                out.write(Integer.toString(i));
                out.write(',');
                out.write(metric == Metric.AUC && seed == 1 ? Integer.toString(random.nextInt(2))
                        : Double.toString(Math.round(random.nextDouble() * 1e6) / 1e4));
                out.write('\n');
            }
        }
    }
}
