package org.opencontest.evaluation.internal;

import java.util.Arrays;

/**
 * A growing list of doubles in pages of 256 KiB: appending never copies the values (only the small page index), so
 * a list of 10 million needs its 80 MB and not, for a moment, 2.5 times that, and no huge array has to be found in the
 * heap.
 */
final class RowDoubles {

    private static final int PAGE_BITS = 15;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;

    private double[][] pages = new double[4][];
    private int size;

    void add(double value) {
        int page = size >>> PAGE_BITS;
        if (page == pages.length) {
            pages = Arrays.copyOf(pages, page * 2);
        }
        if (pages[page] == null) {
            pages[page] = new double[PAGE_SIZE];
        }
        pages[page][size & (PAGE_SIZE - 1)] = value;
        size++;
    }

    double get(int index) {
        return pages[index >>> PAGE_BITS][index & (PAGE_SIZE - 1)];
    }

    int size() {
        return size;
    }
}
