package org.opencontest.evaluation.internal;

import java.util.BitSet;

/**
 * The line on which each answer-key row was met in a prediction file, for the message about a repeated id. A file in
 * the key's order (as the sample submission is) needs no number per row: row r is on line r + 2 (after the header)
 * and one bit says it was met. The first line that breaks that order turns it into one int per row (0: not met),
 * filled in for the rows met so far (all of them on their line r + 2), and the bits are no longer used. Those ints are kept in pages of 128 KiB, not one array: at
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
        if (lines != null) {
            // 0 for a row not met (no line is 0): one read, not two, in a file out of the key's order
            return lines[row >>> PAGE_BITS][row & (PAGE_SIZE - 1)];
        }
        return seen.get(row) ? row + 2 : 0;
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
        if (lines != null) {
            // the lines alone say which rows were met from here on: one write per row, not two
            lines[row >>> PAGE_BITS][row & (PAGE_SIZE - 1)] = line;
        } else {
            seen.set(row);
        }
    }

    int unseen() {
        if (lines == null) {
            return rows - seen.cardinality();
        }
        int unseen = 0;
        for (int row = 0; row < rows; row++) {
            if (lines[row >>> PAGE_BITS][row & (PAGE_SIZE - 1)] == 0) {
                unseen++;
            }
        }
        return unseen;
    }

    /** The first row not met, or {@code rows} when all were. */
    int firstUnseen() {
        if (lines == null) {
            return seen.nextClearBit(0);
        }
        int row = 0;
        while (row < rows && lines[row >>> PAGE_BITS][row & (PAGE_SIZE - 1)] != 0) {
            row++;
        }
        return row;
    }
}
