package org.opencontest.dataset.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Picks the field delimiter of a CSV sample: the candidate that splits the sample's rows into the same number of
 * fields (more than one) most consistently; ties go to the earlier candidate, so comma wins over semicolon. Quotes are
 * respected, because the candidates are tried with a real CSV parser.
 */
final class DelimiterDetector {

    static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int SAMPLE_ROWS = 50;

    private DelimiterDetector() {
    }

    /** @param sample decoded text from the file's start; its last line may be cut and is ignored */
    static char detect(String sample, boolean complete) {
        char best = ',';
        double bestScore = 0;
        for (char candidate : CANDIDATES) {
            double score = score(fieldCounts(sample, candidate, complete));
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Share of rows with the most common field count, zero when that count is one (the delimiter never occurs). */
    static double score(List<Integer> counts) {
        if (counts.isEmpty()) {
            return 0;
        }
        Map<Integer, Integer> frequency = new HashMap<>();
        counts.forEach(count -> frequency.merge(count, 1, Integer::sum));
        Map.Entry<Integer, Integer> mode = frequency.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow();
        if (mode.getKey() < 2) {
            return 0;
        }
        return (double) mode.getValue() / counts.size();
    }

    private static List<Integer> fieldCounts(String sample, char delimiter, boolean complete) {
        List<Integer> counts = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setLenientEof(true)
                .setTrailingData(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(sample)).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext() && counts.size() < SAMPLE_ROWS) {
                counts.add(records.next().size());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException unparseable) {
            return counts;
        }
        if (!complete && counts.size() > 1) {
            counts.remove(counts.size() - 1);
        }
        return counts;
    }
}
