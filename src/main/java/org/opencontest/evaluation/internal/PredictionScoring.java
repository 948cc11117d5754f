package org.opencontest.evaluation.internal;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a prediction file against the answer key and scores it, in one streamed pass: the header must be exactly
 * the id and target columns; every id of the key once, no other ids; values as the metric needs them. Findings name
 * the line (header = line 1); any finding means no score. A file in the key's order (the sample file's) is matched
 * row by row without a lookup; any other order is looked up by id, with the same findings. Besides the key it keeps
 * one bit per answer-key row (one int when the file is not in the key's order: {@link SeenLines}), and AUC the scores.
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

    public static Outcome score(AnswerKey key, InputStream predictions, TrackSettings settings) {
        return score(key, predictions, settings, null);
    }

    /** Receives each checked row while the file has no finding yet (the bootstrap keeps a number per row). */
    interface RowSink {
        void row(int keyRow, String prediction);
    }

    /**
     * Reads the file's records as bytes ({@link CsvRows}): an id is looked up by its bytes and a number parsed from
     * them, so a valid row of a numeric metric makes no object; text is made only for a message, for the other
     * metrics' values and for {@code rows} (null: none).
     */
    static Outcome score(AnswerKey key, InputStream predictions, TrackSettings settings, RowSink rows) {
        String idColumn = settings.idColumn();
        String targetColumn = settings.targetColumn();
        Metric metric = settings.metric();
        boolean numeric = metric.kind().numeric();
        List<Finding> findings = new ArrayList<>();
        SeenLines seen = new SeenLines(key.size());
        Metrics.Accumulator publicScore = settings.accumulator();
        Metrics.Accumulator privateScore = settings.accumulator();
        if (metric.kind().binary()) {
            publicScore.reserve(key.publicSize(), key.positives(true));
            privateScore.reserve(key.size() - key.publicSize(), key.positives(false));
        }
        try {
            CsvRows records = new CsvRows(predictions);
            if (!records.next()) {
                return failed(Finding.of("evaluation.file.empty"));
            }
            List<String> header = records.texts();
            int idAt = header.indexOf(idColumn);
            int valueAt = header.indexOf(targetColumn);
            ClassColumns classes = metric.kind() == Metric.Kind.CLASS_PROBABILITIES
                    ? ClassColumns.of(header, idColumn, key.labels()) : null;
            if (classes != null && classes.refusal() != null) {
                return failed(classes.refusal());
            }
            if (classes == null && (header.size() != 2 || idAt < 0 || valueAt < 0)) {
                return failed(Finding.of("evaluation.file.columns", idColumn, targetColumn, String.join(", ", header)));
            }
            // while the file follows the key's order, each id is compared with the next row's; from its first id out
            // of that order on, ids are looked up in the key's table
            RowIds.Walk inKeyOrder = key.walk();
            boolean ordered = true;
            LookAhead ahead = new LookAhead(key, seen, idAt);
            int line = 1;
            while (findings.size() < AnswerKey.MAX_FINDINGS && records.next()) {
                line++;
                if (records.size() != header.size()) {
                    findings.add(Finding.of("evaluation.file.short", line, header.size(), records.size()));
                    continue;
                }
                byte[] bytes = records.bytes();
                int idFrom = records.from(idAt);
                int idTo = records.to(idAt);
                if (idFrom >= idTo) {
                    findings.add(Finding.of("evaluation.file.emptyId", line));
                    continue;
                }
                int row;
                if (ordered && inKeyOrder.takes(bytes, idFrom, idTo)) {
                    row = inKeyOrder.row();
                } else {
                    ordered = false;
                    row = key.row(bytes, idFrom, idTo);
                    ahead.next(records);
                }
                if (row < 0) {
                    findings.add(Finding.of("evaluation.file.unknownId", line, records.text(idAt)));
                    continue;
                }
                int first = seen.line(row);
                if (first != 0) {
                    findings.add(Finding.of("evaluation.file.duplicate", line, records.text(idAt), first));
                    continue;
                }
                seen.mark(row, line);
                String value = null;
                double number = Double.NaN;
                Finding wrong;
                if (classes != null) {
                    // the row's probabilities, reduced to the true class's normalised share
                    double[] probabilities = new double[classes.at().length];
                    wrong = classes.read(records, line, probabilities);
                    value = wrong != null ? null : Double.toString(
                            ClassificationMetrics.MultiClassLogLoss.trueClassProbability(probabilities,
                                    key.labelIndex(row)));
                } else if (numeric) {
                    // parsed once from the bytes and handed on as a number
                    int from = records.from(valueAt);
                    number = Numbers.parse(bytes, from, Math.max(from, records.to(valueAt)));
                    wrong = checkNumber(metric, number) ? null : numberFinding(metric, records.text(valueAt), line);
                } else {
                    value = records.text(valueAt);
                    wrong = checkValue(key, metric, value, line);
                }
                if (wrong != null) {
                    findings.add(wrong);
                } else if (findings.isEmpty()) {
                    Metrics.Accumulator side = key.isPublic(row) ? publicScore : privateScore;
                    if (numeric) {
                        side.add(key.number(row), number);
                    } else {
                        side.add(key.target(row), value);
                    }
                    if (rows != null) {
                        rows.row(row, value != null ? value : records.text(valueAt));
                    }
                }
            }
        } catch (UncheckedIOException | IllegalStateException unreadable) {
            return failed(AnswerKey.unreadable(unreadable));
        }
        if (findings.size() >= AnswerKey.MAX_FINDINGS) {
            findings.add(Finding.of("evaluation.file.more"));
            return new Outcome(List.copyOf(findings), Double.NaN, Double.NaN);
        }
        missing(key, seen, findings);
        if (!findings.isEmpty()) {
            return new Outcome(List.copyOf(findings), Double.NaN, Double.NaN);
        }
        return new Outcome(List.of(), publicScore.value(), privateScore.value());
    }

    private static void missing(AnswerKey key, SeenLines seen, List<Finding> findings) {
        int count = seen.unseen();
        if (count > 0) {
            findings.add(Finding.of("evaluation.file.missing", count, key.id(seen.firstUnseen())));
        }
    }

    /** A label or a ranking. */
    private static Finding checkValue(AnswerKey key, Metric metric, String value, int line) {
        return metric.kind() == Metric.Kind.LABEL
                ? key.isLabel(value) ? null : Finding.of("evaluation.file.label", line, value)
                : repeatedItem(value, line);
    }

    /** Whether a number, {@code parsed} (NaN when it is none), is what the metric takes. */
    private static boolean checkNumber(Metric metric, double parsed) {
        return switch (metric.kind()) {
            case PROBABILITY -> Numbers.probability(parsed);
            case NON_NEGATIVE -> Numbers.nonNegative(parsed);
            default -> !Double.isNaN(parsed);
        };
    }

    /** Why {@code value} is refused, for a number {@link #checkNumber} refused. */
    private static Finding numberFinding(Metric metric, String value, int line) {
        return switch (metric.kind()) {
            case PROBABILITY -> Finding.of("evaluation.file.probability", line, value);
            case NON_NEGATIVE -> Finding.of("evaluation.file.nonNegative", line, value);
            default -> Finding.of("evaluation.file.number", line, value);
        };
    }

    /** A ranking that lists an item twice would count it twice. */
    private static Finding repeatedItem(String value, int line) {
        Set<String> seen = new HashSet<>();
        for (String item : RankingMetrics.items(value)) {
            if (!seen.add(item)) {
                return Finding.of("evaluation.file.repeatedItem", line, item);
            }
        }
        return null;
    }

    /**
     * Where each class's probability column is ({@code at}, in the key's class order), or why the header is refused:
     * it must be the id column and exactly one column per class of the answer key, in any order.
     */
    private record ClassColumns(int[] at, List<String> labels, Finding refusal) {

        static ClassColumns of(List<String> header, String idColumn, List<String> labels) {
            int[] at = new int[labels.size()];
            List<String> missing = new ArrayList<>();
            for (int k = 0; k < labels.size(); k++) {
                at[k] = header.indexOf(labels.get(k));
                if (at[k] < 0) {
                    missing.add(labels.get(k));
                }
            }
            boolean exact = header.contains(idColumn) && missing.isEmpty() && header.size() == labels.size() + 1
                    && new HashSet<>(header).size() == header.size();
            return new ClassColumns(at, labels, exact ? null : Finding.of("evaluation.file.classColumns", idColumn,
                    String.join(", ", labels), missing.isEmpty() ? "–" : String.join(", ", missing),
                    String.join(", ", header)));
        }

        /**
         * Fills {@code probabilities} from the row; the first cell that is no number in [0, 1] is a finding (a row
         * need not sum to 1: it is normalised; above 1 is refused, where scikit-learn would silently clip it to 1).
         */
        Finding read(CsvRows record, int line, double[] probabilities) {
            for (int k = 0; k < at.length; k++) {
                int from = record.from(at[k]);
                double probability = Numbers.parse(record.bytes(), from, Math.max(from, record.to(at[k])));
                if (!Numbers.probability(probability)) {
                    return Finding.of("evaluation.file.classProbability", line, labels.get(k), record.text(at[k]));
                }
                probabilities[k] = probability;
            }
            return null;
        }
    }

    /**
     * Once a file has left the key's order: at every {@link #BLOCK}-th row, the ids of the rows that follow (as far as
     * they are read already) are looked up ahead, step by step for all of them ({@link RowIds.Ahead}), with their
     * targets, sides and seen lines, so that their cache misses overlap; the rows are then checked and scored one by
     * one as before, in line order, finding what they need in the cache. Nothing of it changes a result.
     */
    private static final class LookAhead {
        static final int BLOCK = 64;

        private final AnswerKey key;
        private final SeenLines seen;
        private final int idAt;
        private final int[] from = new int[BLOCK];
        private final int[] to = new int[BLOCK];
        private RowIds.Ahead ids;
        /**
         * A sum of what the looks ahead read, written so that the compiler cannot drop their loads as unused (a
         * field of this object would not do: it may live only in registers). Its value means nothing; scoring
         * threads overwrite each other's.
         */
        private static volatile long read;
        /** Rows left before the next look ahead. */
        private int left;

        LookAhead(AnswerKey key, SeenLines seen, int idAt) {
            this.key = key;
            this.seen = seen;
            this.idAt = idAt;
        }

        /** After the current record's id was looked up (the first lookup builds the table). */
        void next(CsvRows records) {
            if (left > 0) {
                left--;
                return;
            }
            if (ids == null) {
                ids = key.ahead(BLOCK);
            }
            int count = records.ahead(idAt, from, to);
            int[] rows = ids.warm(records.buffer(), from, to, count);
            read = ids.read() + key.warm(rows, count) + seen.warm(rows, count);
            left = Math.max(count - 1, 0);
        }
    }

    private static Outcome failed(Finding finding) {
        return new Outcome(List.of(finding), Double.NaN, Double.NaN);
    }
}
