package org.opencontest.evaluation.internal;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The hidden answers of an evaluated track, read once from its CSV as a stream: each id's row index, the targets and
 * which rows are public. Reading checks the file and collects findings that name the line (header = line 1).
 */
public final class AnswerKey {

    /** Reading stops collecting after this many findings. */
    static final int MAX_FINDINGS = 20;

    private final Map<String, Integer> rows;
    private final String[] ids;
    private final String[] targets;
    private final BitSet publicRows;
    private final Map<String, Integer> labels;
    private final List<Finding> findings;

    private AnswerKey(Map<String, Integer> rows, String[] ids, String[] targets, BitSet publicRows,
                      Map<String, Integer> labels,
                      List<Finding> findings) {
        this.rows = rows;
        this.ids = ids;
        this.targets = targets;
        this.publicRows = publicRows;
        this.labels = labels;
        this.findings = findings;
    }

    /**
     * Reads an answer key; {@link #findings()} is empty when it can be used. The reader is not closed.
     *
     * @param split decides each row's side; the ids are hashed once here
     */
    public static AnswerKey read(Reader csv, String idColumn, String targetColumn, Metric metric, PublicSplit split) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> rows = new HashMap<>();
        List<String> ids = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        BitSet publicRows = new BitSet();
        Map<String, Integer> labels = new LinkedHashMap<>();
        try {
            CSVParser parser = CsvInput.parser(csv);
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return failed(Finding.of("evaluation.key.empty"));
            }
            List<String> header = CsvInput.trimmed(records.next());
            int idAt = header.indexOf(idColumn);
            int targetAt = header.indexOf(targetColumn);
            if (idAt < 0 || targetAt < 0) {
                return failed(Finding.of("evaluation.key.columns", idColumn, targetColumn, String.join(", ", header)));
            }
            int line = 1;
            while (records.hasNext() && findings.size() < MAX_FINDINGS) {
                CSVRecord record = records.next();
                line++;
                if (record.size() <= Math.max(idAt, targetAt)) {
                    findings.add(Finding.of("evaluation.file.short", line, header.size(), record.size()));
                    continue;
                }
                String id = record.get(idAt).trim();
                String target = record.get(targetAt).trim();
                if (id.isEmpty()) {
                    findings.add(Finding.of("evaluation.file.emptyId", line));
                    continue;
                }
                Integer earlier = rows.putIfAbsent(id, ids.size());
                if (earlier != null) {
                    findings.add(Finding.of("evaluation.key.duplicate", line, id));
                    continue;
                }
                Finding wrong = checkTarget(metric, target, line);
                if (wrong != null) {
                    findings.add(wrong);
                }
                if (split.isPublic(id)) {
                    publicRows.set(ids.size());
                }
                ids.add(id);
                targets.add(target);
                if (metric.kind() == Metric.Kind.LABEL || metric.kind() == Metric.Kind.CLASS_PROBABILITIES) {
                    labels.putIfAbsent(target, labels.size());
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            return failed(unreadable(e));
        }
        if (findings.isEmpty() && ids.isEmpty()) {
            findings.add(Finding.of("evaluation.key.empty"));
        }
        return new AnswerKey(rows, ids.toArray(String[]::new), targets.toArray(String[]::new), publicRows, labels,
                findings);
    }

    private static AnswerKey failed(Finding finding) {
        return new AnswerKey(Map.of(), new String[0], new String[0], new BitSet(), Map.of(),
                List.of(finding));
    }

    /** A file that is no CSV at all (bad UTF-8, an unclosed quote) gets one finding that says so. */
    static Finding unreadable(RuntimeException e) {
        return Finding.of("evaluation.file.unreadable");
    }

    private static Finding checkTarget(Metric metric, String target, int line) {
        switch (metric.kind()) {
            case LABEL, CLASS_PROBABILITIES, RANKING -> {
                return target.isEmpty() ? Finding.of("evaluation.key.emptyTarget", line) : null;
            }
            case PROBABILITY, BINARY_SCORE -> {
                return target.equals("0") || target.equals("1") ? null
                        : Finding.of("evaluation.key.binary", line, target);
            }
            case NONZERO_TARGET -> {
                return !Numbers.finite(target) ? Finding.of("evaluation.file.number", line, target)
                        : Double.parseDouble(target) == 0 ? Finding.of("evaluation.key.zero", line) : null;
            }
            case NON_NEGATIVE -> {
                return Numbers.nonNegative(target) ? null : Finding.of("evaluation.file.nonNegative", line, target);
            }
            default -> {
                return Numbers.finite(target) ? null : Finding.of("evaluation.file.number", line, target);
            }
        }
    }

    public List<Finding> findings() {
        return findings;
    }

    public int size() {
        return ids.length;
    }

    public int publicSize() {
        return publicRows.cardinality();
    }

    /** The row index of {@code id}, or -1. */
    int row(String id) {
        Integer row = rows.get(id);
        return row == null ? -1 : row;
    }

    String id(int row) {
        return ids[row];
    }

    String target(int row) {
        return targets[row];
    }

    boolean isPublic(int row) {
        return publicRows.get(row);
    }

    boolean isLabel(String value) {
        return labels.containsKey(value);
    }

    /** The classes of a label metric's targets, in the order they first appear in the key. */
    List<String> labels() {
        return List.copyOf(labels.keySet());
    }

    /** The place of {@code label} in {@link #labels()}. */
    int labelIndex(String label) {
        return labels.get(label);
    }

    @Override
    public String toString() {
        return "AnswerKey" + Arrays.asList(size(), publicSize());
    }
}
