package org.opencontest.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
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
 * own code ({@link AnswerKey#read}, {@link PredictionScoring#score}) from the files, against two bounds: the
 * <b>read+parse</b> bound, the fastest loop that reads the same bytes of both files from the same source and parses
 * the same numbers with the same parser, doing nothing else (what any scorer that reads files must at least do), and
 * the metric in a plain loop over the same two in-memory {@code double[]} (the bound). Each is timed three
 * times, the best kept. The scorer runs on two prediction files with the same lines: one in the key's order (as the
 * published sample file is) and one shuffled (the general case, where ids are looked up in the key's hash table).
 * Prints rows per second, the ratios, the heap's peak during the scoring (sum of the pools' peaks), what the key
 * holds after the scoring (its id table too, once built) and the live size of the key as read, and the load average
 * before and after. A run that runs out of memory is reported, not hidden.
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
        Path shuffled = dir.resolve("shuffled.csv");
        write(key, rows, metric, true, false);
        write(predictions, rows, metric, false, false);
        write(shuffled, rows, metric, false, true);
        double loadBefore = load();
        double arrays = rows / best(() -> inMemory(metric, key, predictions, rows));
        double parsing = rows / best(() -> readAndParse(key, predictions));
        AnswerKey.StoredSplit stored = storedSplit(key, metric);
        long keyBytes = liveKeyBytes(key, metric, stored);
        Scoring inOrder = null;
        String outcome;
        try {
            inOrder = bestScoring(metric, key, predictions, stored);
            Scoring outOfOrder = bestScoring(metric, key, shuffled, stored);
            // the same rows in another order: the same score (a sum in another order may differ in the last bits)
            assertThat(outOfOrder.publicScore()).isCloseTo(inOrder.publicScore(), within(1e-9));
            outcome = String.format("in the key's order %s; shuffled %s", inOrder.describe(rows, parsing, arrays),
                    outOfOrder.describe(rows, parsing, arrays));
        } catch (OutOfMemoryError e) {
            outcome = (inOrder == null ? "out of memory in the key's order" : "in the key's order "
                    + inOrder.describe(rows, parsing, arrays) + "; shuffled out of memory") + " at "
                    + java.util.Arrays.stream(e.getStackTrace()).limit(4).toList();
        }
        outcome += String.format("; key live %.1f B/row", keyBytes / (double) rows);
        if (print) {
            System.out.printf("%s %,d rows: arrays %,.0f rows/s, read+parse %,.0f rows/s; %s; load %.1f→%.1f%n",
                    metric, rows, arrays, parsing, outcome, loadBefore, load());
        }
    }

    /**
     * One scoring from the files: seconds in all and for the key, the heap's peak (sum of the pools' peaks) and what
     * the key holds after the scoring (used heap after a collection, the lazily built id table included), the public
     * score.
     */
    private record Scoring(double seconds, double keySeconds, long peakHeap, long keyAfter, double publicScore) {

        String describe(int rows, double parsing, double arrays) {
            double rate = rows / seconds;
            return String.format("scorer %,.0f rows/s = %.2f of read+parse, %.3f of the arrays (key %.2f s of %.2f s),"
                            + " peak heap %d MiB, key after scoring %d MiB", rate, rate / parsing, rate / arrays,
                    keySeconds, seconds, peakHeap >> 20, keyAfter >> 20);
        }
    }

    /** The fastest of three scorings: the machine is shared, and the fastest run is the one least disturbed. */
    private static Scoring bestScoring(Metric metric, Path key, Path predictions, AnswerKey.StoredSplit stored)
            throws IOException {
        Scoring best = null;
        for (int run = 0; run < 3; run++) {
            Scoring timed = scoreFromFiles(metric, key, predictions, stored);
            if (best == null || timed.seconds() < best.seconds()) {
                best = timed;
            }
        }
        return best;
    }

    /** One scoring as the job does it, the key's sides taken from {@code stored}. */
    private static Scoring scoreFromFiles(Metric metric, Path key, Path predictions, AnswerKey.StoredSplit stored)
            throws IOException {
        long before = usedAfterGc();
        resetPeaks();
        long start = System.nanoTime();
        try (InputStream keyFile = Files.newInputStream(key);
             InputStream predictionFile = Files.newInputStream(predictions)) {
            AnswerKey answers = AnswerKey.read(keyFile, "id", "target", metric, new PublicSplit(SECRET, PUBLIC),
                    stored);
            double keySeconds = seconds(start);
            PredictionScoring.Outcome scored = PredictionScoring.score(answers, predictionFile,
                    new TrackSettings(null, metric, "id", "target", PUBLIC, 5, 5, false));
            double seconds = seconds(start);
            long peak = peakHeap();
            assertThat(scored.findings()).isEmpty();
            long keyAfter = usedAfterGc() - before;
            java.lang.ref.Reference.reachabilityFence(answers);
            return new Scoring(seconds, keySeconds, peak, keyAfter, scored.publicScore());
        }
    }

    /** The split as the upload stores it ({@link KeySplits}): the ids hashed once, one bit per row. */
    private static AnswerKey.StoredSplit storedSplit(Path key, Metric metric) throws IOException {
        try (InputStream file = Files.newInputStream(key)) {
            AnswerKey answers = AnswerKey.read(file, "id", "target", metric, new PublicSplit(SECRET, PUBLIC));
            return new AnswerKey.StoredSplit(answers.size(), answers.publicRows());
        }
    }

    private interface Timed {
        double seconds() throws IOException;
    }

    /** The best of three runs: the machine is shared, and the fastest run is the one least disturbed. */
    private static double best(Timed timed) throws IOException {
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            best = Math.min(best, timed.seconds());
        }
        return best;
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

    /**
     * Seconds to read both files' bytes from the same source, in the scorer's buffer size, find each line's comma and
     * end, and parse the number after the comma with the scorer's parser; nothing else (no id, no check, no metric):
     * the floor of any scorer that reads the files.
     */
    private static double readAndParse(Path key, Path predictions) throws IOException {
        long start = System.nanoTime();
        double sum = 0;
        byte[] buffer = new byte[1 << 20];
        for (Path file : List.of(key, predictions)) {
            try (InputStream in = Files.newInputStream(file)) {
                int limit = 0;
                boolean header = true;
                while (true) {
                    int read = in.readNBytes(buffer, limit, buffer.length - limit);
                    limit += read;
                    int lineStart = 0;
                    int comma = -1;
                    for (int i = 0; i < limit; i++) {
                        byte b = buffer[i];
                        if (b == ',') {
                            comma = i;
                        } else if (b == '\n') {
                            if (!header) {
                                sum += Numbers.parse(buffer, comma + 1, i);
                            }
                            header = false;
                            lineStart = i + 1;
                        }
                    }
                    if (read == 0) {
                        break;
                    }
                    // the unfinished last line moves to the start and is scanned again with the next bytes
                    System.arraycopy(buffer, lineStart, buffer, 0, limit - lineStart);
                    limit -= lineStart;
                }
            }
        }
        assertThat(sum).isFinite();
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

    /** What the answer key keeps alive as a job reads it, after collections before and after reading it. */
    private static long liveKeyBytes(Path key, Metric metric, AnswerKey.StoredSplit stored) throws IOException {
        long before = usedAfterGc();
        try (InputStream file = Files.newInputStream(key)) {
            AnswerKey answers = AnswerKey.read(file, "id", "target", metric, new PublicSplit(SECRET, PUBLIC), stored);
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

    /**
     * Ids {@code r0…}; AUC: key targets 0/1, predictions scores; RMSE: numbers with four decimals. A shuffled
     * prediction file holds the same lines as the one in the key's order, in a random order.
     */
    private static void write(Path file, int rows, Metric metric, boolean key, boolean shuffled) throws IOException {
        SplittableRandom random = new SplittableRandom(key ? 1 : 2);
        double[] values = new double[rows];
        for (int i = 0; i < rows; i++) {
            values[i] = metric == Metric.AUC && key ? random.nextInt(2) : Math.round(random.nextDouble() * 1e6) / 1e4;
        }
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        if (shuffled) {
            SplittableRandom shuffle = new SplittableRandom(3);
            for (int i = rows - 1; i > 0; i--) {
                int j = shuffle.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,target\n");
            for (int i : order) {
                out.write("r");
                out.write(Integer.toString(i));
                out.write(',');
                out.write(metric == Metric.AUC && key ? Integer.toString((int) values[i]) : Double.toString(values[i]));
                out.write('\n');
            }
        }
    }
}
