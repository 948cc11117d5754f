package org.opencontest.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scoring throughput and heap (profile {@code bench}, under {@code -Xmx384m}; not in CI). For RMSE and AUC at 1 M and
 * 10 M rows: an answer key and a prediction file on disk ({@code r<i>,<number>}, string ids), scored through the job's
 * own code ({@link CsvInput#utf8}, {@link AnswerKey#read}, {@link PredictionScoring#score}) from the files, against
 * two bounds: the metric in a plain loop over the same two in-memory {@code double[]} (the bound), and a plain
 * loop that only reads both files line by line and parses the numbers (what any file path must at least do). Prints
 * rows per second, the ratios, the heap's peak during the scoring (sum of the pools' peaks) and the live size of the
 * answer key, and the load average before and after. A run that runs out of memory is reported, not hidden.
 * {@code ./mvnw -Pbench test -Dtest=ScoringBench} (sizes: {@code -Dbench.rows=1000000,10000000})
 */
class ScoringBench {

    private static final String SECRET = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private static final double PUBLIC = 0.3;

    @TempDir
    Path dir;

    @Test
    void scoresLargeFilesAgainstAPlainLoop() throws IOException {
        System.out.printf("load average %.2f, max heap %d MiB, %s%n", load(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.version"));
        for (Metric metric : new Metric[] {Metric.RMSE, Metric.AUC}) {
            // warm-up: the same code paths, compiled before anything is timed
            measure(metric, 200_000, false);
        }
        for (String size : System.getProperty("bench.rows", "1000000,10000000").split(",")) {
            for (Metric metric : new Metric[] {Metric.RMSE, Metric.AUC}) {
                measure(metric, Integer.parseInt(size.trim()), true);
            }
        }
    }

    private void measure(Metric metric, int rows, boolean print) throws IOException {
        Path key = dir.resolve("key.csv");
        Path predictions = dir.resolve("predictions.csv");
        write(key, rows, metric, true);
        write(predictions, rows, metric, false);
        double loadBefore = load();
        double arrays = rows / inMemory(metric, key, predictions, rows);
        double parsing = rows / readingOnly(key, predictions);
        long keyBytes = liveKeyBytes(key, metric);
        resetPeaks();
        long start = System.nanoTime();
        String outcome;
        try (Reader keyReader = CsvInput.utf8(Files.newInputStream(key));
             Reader predictionReader = CsvInput.utf8(Files.newInputStream(predictions))) {
            AnswerKey answers = AnswerKey.read(keyReader, "id", "target", metric, new PublicSplit(SECRET, PUBLIC));
            double keySeconds = seconds(start);
            PredictionScoring.Outcome scored = PredictionScoring.score(answers, predictionReader,
                    new TrackSettings(null, metric, "id", "target", PUBLIC, 5, 5, false));
            assertThat(scored.findings()).isEmpty();
            double perSecond = rows / seconds(start);
            outcome = String.format("%,.0f rows/s = %.3f of the arrays, %.2f of reading (key %.1f s of %.1f s);"
                    + " peak heap %d MiB, key %.1f B/row; public %.4f", perSecond, perSecond / arrays,
                    perSecond / parsing, keySeconds, seconds(start), peakHeap() >> 20, keyBytes / (double) rows,
                    scored.publicScore());
        } catch (OutOfMemoryError e) {
            outcome = "out of memory after " + Math.round(seconds(start) * 1000) + " ms";
        }
        if (print) {
            System.out.printf("  of which: CSV records of both files %.1f s, public split of the ids %.1f s%n",
                    csvOnly(key, predictions), splitOnly(rows));
            System.out.printf("%s %,d rows: arrays %,.0f rows/s, reading %,.0f rows/s; from files %s; load %.1f→%.1f%n",
                    metric, rows, arrays, parsing, outcome, loadBefore, load());
        }
    }

    /** Seconds of the metric over two in-memory arrays holding the files' numbers: the bound. */
    private static double inMemory(Metric metric, Path key, Path predictions, int rows) throws IOException {
        double[] targets = numbers(key, rows);
        double[] values = numbers(predictions, rows);
        long start = System.nanoTime();
        Metrics.Accumulator accumulator = metric.accumulator(10);
        accumulator.reserve(rows, (int) java.util.Arrays.stream(targets).filter(target -> target >= 0.5).count());
        for (int i = 0; i < rows; i++) {
            accumulator.add(targets[i], values[i]);
        }
        assertThat(accumulator.value()).isFinite();
        return seconds(start);
    }

    /** Seconds to read both files line by line and parse their numbers, nothing else: the floor of any file path. */
    private static double readingOnly(Path key, Path predictions) throws IOException {
        long start = System.nanoTime();
        double sum = 0;
        for (Path file : List.of(key, predictions)) {
            try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                lines.readLine();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    sum += Double.parseDouble(line.substring(line.indexOf(',') + 1));
                }
            }
        }
        assertThat(sum).isFinite();
        return seconds(start);
    }

    /** Seconds to split both files into records with the CSV parser the scoring uses. */
    private static double csvOnly(Path key, Path predictions) throws IOException {
        long start = System.nanoTime();
        long cells = 0;
        for (Path file : List.of(key, predictions)) {
            try (Reader reader = CsvInput.utf8(Files.newInputStream(file))) {
                for (org.apache.commons.csv.CSVRecord record : CsvInput.parser(reader)) {
                    cells += record.get(1).length();
                }
            }
        }
        assertThat(cells).isPositive();
        return seconds(start);
    }

    /** Seconds for the keyed hash (HMAC-SHA256) of every id, which decides its side. */
    private static double splitOnly(int rows) {
        PublicSplit split = new PublicSplit(SECRET, PUBLIC);
        long start = System.nanoTime();
        int publicRows = 0;
        for (int i = 0; i < rows; i++) {
            publicRows += split.isPublic("r" + i) ? 1 : 0;
        }
        assertThat(publicRows).isPositive();
        return seconds(start);
    }

    private static double[] numbers(Path file, int rows) throws IOException {
        double[] numbers = new double[rows];
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            lines.readLine();
            for (int i = 0; i < rows; i++) {
                String line = lines.readLine();
                numbers[i] = Double.parseDouble(line.substring(line.indexOf(',') + 1));
            }
        }
        return numbers;
    }

    /** What the answer key keeps alive, after collections before and after reading it. */
    private static long liveKeyBytes(Path key, Metric metric) throws IOException {
        long before = usedAfterGc();
        try (Reader reader = CsvInput.utf8(Files.newInputStream(key))) {
            AnswerKey answers = AnswerKey.read(reader, "id", "target", metric, new PublicSplit(SECRET, PUBLIC));
            long after = usedAfterGc();
            assertThat(answers.findings()).isEmpty();
            return after - before;
        }
    }

    private static long usedAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Ids {@code r0…}; AUC: key targets 0/1, predictions scores; RMSE: numbers with four decimals. */
    private static void write(Path file, int rows, Metric metric, boolean key) throws IOException {
        SplittableRandom random = new SplittableRandom(key ? 1 : 2);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,target\n");
            for (int i = 0; i < rows; i++) {
                out.write("r");
                out.write(Integer.toString(i));
                out.write(',');
                out.write(metric == Metric.AUC && key ? Integer.toString(random.nextInt(2))
                        : Double.toString(Math.round(random.nextDouble() * 1e6) / 1e4));
                out.write('\n');
            }
        }
    }
}
