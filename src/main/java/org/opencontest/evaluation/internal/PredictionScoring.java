package org.opencontest.evaluation.internal;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks a prediction file against the answer key and scores it, in one streamed pass: the header must be exactly
 * the id and target columns; every id of the key once, no other ids; values as the metric needs them. Findings name
 * the line (header = line 1); any finding means no score. Keeps only one int per answer-key row (the line that
 * gave it) besides the key itself.
 */
public final class PredictionScoring {

    private PredictionScoring() {
    }

    /** Either scores (public and private split) or findings. */
    public record Outcome(List<Finding> findings, double publicScore, double privateScore) {

        public boolean valid() {
            return findings.isEmpty();
        }
    }

    public static Outcome score(AnswerKey key, Reader predictions, String idColumn, String targetColumn,
                                Metric metric) {
        return score(key, predictions, idColumn, targetColumn, metric, (row, target, value) -> {
        });
    }

    /** Receives each checked row while the file has no finding yet (the bootstrap keeps a number per row). */
    interface RowSink {
        void row(int keyRow, String target, String prediction);
    }

    static Outcome score(AnswerKey key, Reader predictions, String idColumn, String targetColumn, Metric metric,
                         RowSink rows) {
        List<Finding> findings = new ArrayList<>();
        int[] seenOnLine = new int[key.size()];
        Metrics.Accumulator publicScore = metric.accumulator();
        Metrics.Accumulator privateScore = metric.accumulator();
        try {
            CSVParser parser = CsvInput.parser(predictions);
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return failed(Finding.of("evaluation.file.empty"));
            }
            List<String> header = CsvInput.trimmed(records.next());
            int idAt = header.indexOf(idColumn);
            int valueAt = header.indexOf(targetColumn);
            if (header.size() != 2 || idAt < 0 || valueAt < 0) {
                return failed(Finding.of("evaluation.file.columns", idColumn, targetColumn, String.join(", ", header)));
            }
            int line = 1;
            while (records.hasNext() && findings.size() < AnswerKey.MAX_FINDINGS) {
                CSVRecord record = records.next();
                line++;
                if (record.size() != header.size()) {
                    findings.add(Finding.of("evaluation.file.short", line, header.size(), record.size()));
                    continue;
                }
                String id = record.get(idAt).trim();
                if (id.isEmpty()) {
                    findings.add(Finding.of("evaluation.file.emptyId", line));
                    continue;
                }
                int row = key.row(id);
                if (row < 0) {
                    findings.add(Finding.of("evaluation.file.unknownId", line, id));
                    continue;
                }
                if (seenOnLine[row] != 0) {
                    findings.add(Finding.of("evaluation.file.duplicate", line, id, seenOnLine[row]));
                    continue;
                }
                seenOnLine[row] = line;
                String value = record.get(valueAt).trim();
                Finding wrong = checkValue(key, metric, value, line);
                if (wrong != null) {
                    findings.add(wrong);
                } else if (findings.isEmpty()) {
                    (key.isPublic(row) ? publicScore : privateScore).add(key.target(row), value);
                    rows.row(row, key.target(row), value);
                }
            }
        } catch (UncheckedIOException | IllegalStateException unreadable) {
            return failed(AnswerKey.unreadable(unreadable));
        }
        if (findings.size() >= AnswerKey.MAX_FINDINGS) {
            findings.add(Finding.of("evaluation.file.more"));
            return new Outcome(List.copyOf(findings), Double.NaN, Double.NaN);
        }
        missing(key, seenOnLine, findings);
        if (!findings.isEmpty()) {
            return new Outcome(List.copyOf(findings), Double.NaN, Double.NaN);
        }
        return new Outcome(List.of(), publicScore.value(), privateScore.value());
    }

    private static void missing(AnswerKey key, int[] seenOnLine, List<Finding> findings) {
        int count = 0;
        String first = null;
        for (int row = 0; row < seenOnLine.length; row++) {
            if (seenOnLine[row] == 0) {
                count++;
                if (first == null) {
                    first = key.id(row);
                }
            }
        }
        if (count > 0) {
            findings.add(Finding.of("evaluation.file.missing", count, first));
        }
    }

    private static Finding checkValue(AnswerKey key, Metric metric, String value, int line) {
        return switch (metric.kind()) {
            case LABEL -> key.isLabel(value) ? null : Finding.of("evaluation.file.label", line, value);
            case PROBABILITY -> Numbers.probability(value) ? null : Finding.of("evaluation.file.probability", line, value);
            case NON_NEGATIVE -> Numbers.nonNegative(value) ? null : Finding.of("evaluation.file.nonNegative", line, value);
            case RANKING -> repeatedItem(value, line);
            default -> Numbers.finite(value) ? null : Finding.of("evaluation.file.number", line, value);
        };
    }

    /** A ranking that lists an item twice would count it twice. */
    private static Finding repeatedItem(String value, int line) {
        Set<String> seen = new HashSet<>();
        for (String item : Metrics.items(value)) {
            if (!seen.add(item)) {
                return Finding.of("evaluation.file.repeatedItem", line, item);
            }
        }
        return null;
    }

    private static Outcome failed(Finding finding) {
        return new Outcome(List.of(finding), Double.NaN, Double.NaN);
    }
}
