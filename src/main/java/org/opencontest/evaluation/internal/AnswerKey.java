package org.opencontest.evaluation.internal;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hidden answers of an evaluated track, read once from its CSV as a stream: each id's row index, the targets and
 * which rows are public. Reading checks the file and collects findings that name the line (header = line 1).
 * <p>
 * Kept compactly, so that a key of 10 million rows fits in a few hundred MiB: the ids in {@link RowIds}, numeric
 * targets (and a label metric's class index) in {@link RowDoubles}, a binary target as one bit, the public side as
 * one bit. Only a ranking's targets (item lists, one per id) stay strings.
 */
public final class AnswerKey {

    /** Reading stops collecting after this many findings. */
    static final int MAX_FINDINGS = 20;

    private final Metric.Kind kind;
    private final RowIds ids;
    private final RowDoubles numbers;
    private final BitSet positives;
    private final List<String> rankings;
    private final BitSet publicRows;
    private final Map<String, Integer> labels;
    private final List<String> classes;
    private final List<Finding> findings;

    private AnswerKey(Metric.Kind kind, List<Finding> findings, StoredSplit stored) {
        this.kind = kind;
        this.ids = stored != null ? RowIds.distinct(stored.rows()) : new RowIds();
        this.numbers = new RowDoubles();
        this.positives = new BitSet();
        this.rankings = new ArrayList<>();
        this.publicRows = stored != null ? stored.publicRows() : new BitSet();
        this.labels = new HashMap<>();
        this.classes = new ArrayList<>();
        this.findings = findings;
    }

    /**
     * Reads an answer key from its UTF-8 bytes ({@link CsvRows}); {@link #findings()} is empty when it can be used.
     * The stream is not closed.
     *
     * @param split decides each row's side; the ids are hashed once here
     */
    public static AnswerKey read(InputStream csv, String idColumn, String targetColumn, Metric metric,
                                 PublicSplit split) {
        return read(csv, idColumn, targetColumn, metric, split, null);
    }

    /**
     * The public rows of a key as stored at its upload ({@link KeySplits}), and how many rows the key had. The key
     * read with it takes {@code publicRows} as its own.
     */
    record StoredSplit(int rows, BitSet publicRows) {
    }

    /**
     * {@link #read(InputStream, String, String, Metric, PublicSplit)}, taking each row's side from {@code stored}
     * (when not null) instead of hashing its id; a key with another number of rows than {@code stored} is unreadable.
     * A stored split exists only for a key that passed these checks at its upload, so its ids are not checked for
     * repeats again: they are only appended, and hashed the first time a prediction file leaves the key's order
     * ({@link RowIds#distinct}).
     */
    static AnswerKey read(InputStream csv, String idColumn, String targetColumn, Metric metric, PublicSplit split,
                          StoredSplit stored) {
        AnswerKey key = new AnswerKey(metric.kind(), new ArrayList<>(), stored);
        try {
            CsvRows records = new CsvRows(csv);
            if (!records.next()) {
                return failed(metric, Finding.of("evaluation.key.empty"));
            }
            List<String> header = records.texts();
            int idAt = header.indexOf(idColumn);
            int targetAt = header.indexOf(targetColumn);
            if (idAt < 0 || targetAt < 0) {
                return failed(metric, Finding.of("evaluation.key.columns", idColumn, targetColumn,
                        String.join(", ", header)));
            }
            int line = 1;
            while (key.findings.size() < MAX_FINDINGS && records.next()) {
                line++;
                if (records.size() <= Math.max(idAt, targetAt)) {
                    key.findings.add(Finding.of("evaluation.file.short", line, header.size(), records.size()));
                    continue;
                }
                key.add(records, idAt, targetAt, line, split, stored);
            }
            if (stored != null && key.findings.isEmpty() && stored.rows() != key.size()) {
                throw new IllegalStateException("A stored split of " + stored.rows() + " rows for a key of "
                        + key.size());
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            return failed(metric, unreadable(e));
        }
        if (key.findings.isEmpty() && key.size() == 0) {
            key.findings.add(Finding.of("evaluation.key.empty"));
        }
        return key;
    }

    private void add(CsvRows record, int idAt, int targetAt, int line, PublicSplit split, StoredSplit stored) {
        byte[] bytes = record.bytes();
        int idFrom = record.from(idAt);
        int idTo = record.to(idAt);
        if (idFrom >= idTo) {
            findings.add(Finding.of("evaluation.file.emptyId", line));
            return;
        }
        int row = ids.add(bytes, idFrom, idTo);
        if (row < 0) {
            findings.add(Finding.of("evaluation.key.duplicate", line, record.text(idAt)));
            return;
        }
        if (stored == null && split.isPublic(bytes, idFrom, idTo)) {
            publicRows.set(row);
        }
        int from = record.from(targetAt);
        int to = Math.max(from, record.to(targetAt));
        if (kind.binary()) {
            boolean one = to - from == 1 && bytes[from] == '1';
            positives.set(row, one);
            if (!one && !(to - from == 1 && bytes[from] == '0')) {
                findings.add(Finding.of("evaluation.key.binary", line, record.text(targetAt)));
            }
            return;
        }
        if (kind.numeric()) {
            double number = Numbers.parse(bytes, from, to);
            numbers.add(number);
            Finding wrong = Double.isNaN(number) || kind == Metric.Kind.NONZERO_TARGET && number == 0
                    || kind == Metric.Kind.NON_NEGATIVE && !Numbers.nonNegative(number)
                    ? checkTarget(record.text(targetAt), number, line) : null;
            if (wrong != null) {
                findings.add(wrong);
            }
            return;
        }
        String target = record.text(targetAt);
        if (kind == Metric.Kind.RANKING) {
            rankings.add(target);
        } else {
            Integer label = labels.putIfAbsent(target, classes.size());
            if (label == null) {
                label = classes.size();
                classes.add(target);
            }
            numbers.add(label);
        }
        Finding wrong = checkTarget(target, Double.NaN, line);
        if (wrong != null) {
            findings.add(wrong);
        }
    }

    private static AnswerKey failed(Metric metric, Finding finding) {
        return new AnswerKey(metric.kind(), List.of(finding), null);
    }

    /** A file that is no CSV at all (bad UTF-8, an unclosed quote) gets one finding that says so. */
    static Finding unreadable(RuntimeException e) {
        return Finding.of("evaluation.file.unreadable");
    }

    /** {@code number} is the target parsed (NaN when it is no number) for a numeric, non-binary metric. */
    private Finding checkTarget(String target, double number, int line) {
        switch (kind) {
            case LABEL, CLASS_PROBABILITIES, RANKING -> {
                return target.isEmpty() ? Finding.of("evaluation.key.emptyTarget", line) : null;
            }
            case PROBABILITY, BINARY_SCORE -> {
                return target.equals("0") || target.equals("1") ? null
                        : Finding.of("evaluation.key.binary", line, target);
            }
            case NONZERO_TARGET -> {
                return Double.isNaN(number) ? Finding.of("evaluation.file.number", line, target)
                        : number == 0 ? Finding.of("evaluation.key.zero", line) : null;
            }
            case NON_NEGATIVE -> {
                return Numbers.nonNegative(number) ? null : Finding.of("evaluation.file.nonNegative", line, target);
            }
            default -> {
                return Double.isNaN(number) ? Finding.of("evaluation.file.number", line, target) : null;
            }
        }
    }

    public List<Finding> findings() {
        return findings;
    }

    public int size() {
        return ids.size();
    }

    public int publicSize() {
        return publicRows.cardinality();
    }

    /** The row index of {@code id}, or -1. */
    int row(String id) {
        return ids.row(id);
    }

    /** The row index of the id whose UTF-8 bytes are {@code bytes[from, to)}, or -1. */
    int row(byte[] bytes, int from, int to) {
        return ids.row(bytes, from, to);
    }

    /** The ids in row order, to match a file in the key's order without lookups. */
    RowIds.Walk walk() {
        return ids.walk();
    }

    /** Looks ahead for up to {@code capacity} ids at a time, to warm the caches ({@link RowIds.Ahead}). */
    RowIds.Ahead ahead(int capacity) {
        return ids.ahead(capacity);
    }

    /**
     * Reads each row's side and numeric target, {@code rows[j]} for j < {@code count} (-1: none), and returns a sum
     * of what it read: only to warm the caches for the rows to come (see {@link RowIds.Ahead}). Keys of other kinds
     * are left alone.
     */
    long warm(int[] rows, int count) {
        if (!kind.numeric()) {
            return 0;
        }
        long read = 0;
        for (int j = 0; j < count; j++) {
            int row = rows[j];
            if (row >= 0) {
                read += Double.doubleToRawLongBits(number(row)) + (publicRows.get(row) ? 1 : 0);
            }
        }
        return read;
    }

    /** The id of a row; a walk over all ids, for a message. */
    String id(int row) {
        return ids.id(row);
    }

    /** The target of a numeric metric (0 or 1 for a binary one). */
    double number(int row) {
        return kind.binary() ? (positives.get(row) ? 1 : 0) : numbers.get(row);
    }

    /** The target as text: the label or ranking as written, a number as {@link Double#toString} (which parses back to it). */
    String target(int row) {
        if (kind.numeric()) {
            return Double.toString(number(row));
        }
        return kind == Metric.Kind.RANKING ? rankings.get(row) : classes.get(labelIndex(row));
    }

    /** The public rows, one bit each (a copy). */
    BitSet publicRows() {
        return (BitSet) publicRows.clone();
    }

    boolean isPublic(int row) {
        return publicRows.get(row);
    }

    /** Of a binary target: how many rows of the public (or private) side are 1. */
    int positives(boolean publicSide) {
        BitSet side = (BitSet) positives.clone();
        if (publicSide) {
            side.and(publicRows);
        } else {
            side.andNot(publicRows);
        }
        return side.cardinality();
    }

    boolean isLabel(String value) {
        return labels.containsKey(value);
    }

    /** The classes of a label metric's targets, in the order they first appear in the key. */
    List<String> labels() {
        return List.copyOf(classes);
    }

    /** The place of the row's class in {@link #labels()}. */
    int labelIndex(int row) {
        return (int) numbers.get(row);
    }

    @Override
    public String toString() {
        return "AnswerKey" + List.of(size(), publicSize());
    }
}
