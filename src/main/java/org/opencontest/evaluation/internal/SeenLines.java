package org.opencontest.evaluation.internal;

import java.util.BitSet;

/**
 * The line on which each answer-key row was met in a prediction file, for the message about a repeated id. A file in
 * the key's order (as the sample submission is) needs no number per row: row r is on line r + 2 (after the header)
 * and one bit says it was met. The first line that breaks that order turns it into one int per row, filled in for
 * the rows met so far (all of them on their line r + 2). Those ints are kept in pages of 128 KiB, not one array: at
 * 10 M rows one array of 40 MB had to be found in one piece in a heap the key's id table already fills, and was not.
 */
final class SeenLines {

    private static final int PAGE_BITS = 15;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;

    private final int rows;
    private final BitSet seen;
    /** Null while every row met was on its line r + 2. */
    private int[][] lines;

    SeenLines(int rows) {
        this.rows = rows;
        this.seen = new BitSet(rows);
    }

    /** The line the row was met on, 0 if not yet. */
    int line(int row) {
        if (!seen.get(row)) {
            return 0;
        }
        return lines == null ? row + 2 : lines[row >>> PAGE_BITS][row & (PAGE_SIZE - 1)];
    }

    void mark(int row, int line) {
        if (lines == null && line != row + 2) {
            lines = new int[(rows + PAGE_SIZE - 1) >>> PAGE_BITS][];
            for (int page = 0; page < lines.length; page++) {
                lines[page] = new int[PAGE_SIZE];
            }
            for (int met = seen.nextSetBit(0); met >= 0; met = seen.nextSetBit(met + 1)) {
                lines[met >>> PAGE_BITS][met & (PAGE_SIZE - 1)] = met + 2;
            }
        }
        seen.set(row);
        if (lines != null) {
            lines[row >>> PAGE_BITS][row & (PAGE_SIZE - 1)] = line;
        }
    }

    /**
     * Reads the bit and the int (once there are ints) of each row {@code rows[j]}, j < {@code count} (-1: none), and
     * returns a sum of them: only to warm the caches for the rows to come, which {@link #mark} writes to (see
     * {@link RowIds.Ahead}).
     */
    long warm(int[] rows, int count) {
        long read = 0;
        for (int j = 0; j < count; j++) {
            int row = rows[j];
            if (row >= 0) {
                read += (seen.get(row) ? 1 : 0) + (lines == null ? 0 : lines[row >>> PAGE_BITS][row & (PAGE_SIZE - 1)]);
            }
        }
        return read;
    }

    int unseen() {
        return rows - seen.cardinality();
    }

    /** The first row not met, or {@code rows} when all were. */
    int firstUnseen() {
        return seen.nextClearBit(0);
    }
}
