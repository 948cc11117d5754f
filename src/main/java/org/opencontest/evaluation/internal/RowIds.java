package org.opencontest.evaluation.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The answer key's ids, each mapped to its row (0, 1, … in the order added), without a Java object per id: a
 * {@code String} and its map entry cost about 90 bytes, here an id of eight ASCII characters costs 15–20 bytes.
 * <p>
 * The ids' UTF-8 bytes are appended to pages of 256 KiB, each preceded by its length (a varint; ids are never
 * empty, so a 0 byte ends a page's entries). An open-addressing table (linear probing, at most three quarters full)
 * holds in one int per slot row + 1 and, above it, the hash's bits that the slot number does not use (8 bits at 2^24
 * slots, more in smaller tables): a probe that meets another id's slot (about eight per new id at the table's
 * fullest) passes it over without reading that id's bytes, from the same cache line. The position of every eighth
 * row's id is kept, and a row's id is found by stepping over at most seven entries from there. A lookup compares the
 * bytes, so two ids with the same hash are told apart. Pages, not one growing array: growing never copies the ids,
 * and no huge array has to be found in the heap.
 * <p>
 * Ids known to be distinct ({@link #distinct}: an answer key checked at its upload) are only appended; the table is
 * built at the first lookup, in one pass at its final size. A file in the key's order needs no lookup at all: a
 * {@link Walk} compares each id with the next row's.
 */
final class RowIds {

    private static final int PAGE_BITS = 18;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;
    /** A position is an int: page number and offset; 2 GiB of ids is far beyond any heap they run in. */
    private static final int MAX_PAGES = 1 << (31 - PAGE_BITS);
    /** The position of every {@code 1 << STRIDE_BITS}-th row's id is kept. */
    private static final int STRIDE_BITS = 3;
    private static final int MIN_TABLE = 1 << 10;
    /** Length prefix (3 bytes for this size) and bytes fit in a page. */
    static final int MAX_ID_BYTES = PAGE_SIZE - 3;
    /** Little-endian words of a byte array, for the hash. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private byte[][] pages = new byte[4][];
    private int pageCount;
    private int used = PAGE_SIZE;
    private int[] strides;
    /**
     * Per slot, 0 when empty, else row + 1 in the bits of {@code table.length - 1} and the id's hash in the bits above
     * (row + 1 never reaches {@code table.length}, the table being at most three quarters full); null until the first
     * lookup of {@link #distinct} ids.
     */
    private int[] table;
    private int size;

    /** Ids whose repeats {@link #add} reports. */
    RowIds() {
        strides = new int[64];
        table = new int[MIN_TABLE];
    }

    private RowIds(int rows) {
        strides = new int[Math.max(1, (rows >>> STRIDE_BITS) + 1)];
    }

    /**
     * Ids known to be distinct, about {@code rows} of them: until the first {@link #row} lookup, which builds the
     * table, {@link #add} appends without looking for a repeat (so it cannot report one).
     */
    static RowIds distinct(int rows) {
        return new RowIds(rows);
    }

    int size() {
        return size;
    }

    /**
     * Adds {@code id} as the next row and returns that row, or returns {@code -1 - row} of the equal id added before.
     *
     * @throws IllegalArgumentException for an empty id
     * @throws IllegalStateException    when the id is longer than {@link #MAX_ID_BYTES} bytes
     */
    int add(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        return add(bytes, 0, bytes.length);
    }

    /** {@link #add(String)} of the id whose UTF-8 bytes are {@code bytes[from, to)}. */
    int add(byte[] bytes, int from, int to) {
        if (from == to) {
            throw new IllegalArgumentException("An empty id");
        }
        int hash = 0;
        int slot = 0;
        if (table != null) {
            hash = hash(bytes, from, to);
            slot = find(bytes, from, to, hash);
            if (table[slot] != 0) {
                return -(table[slot] & (table.length - 1));
            }
        }
        if (to - from > MAX_ID_BYTES) {
            throw new IllegalStateException("An id of " + (to - from) + " bytes");
        }
        int position = append(bytes, from, to);
        if ((size & ((1 << STRIDE_BITS) - 1)) == 0) {
            int stride = size >>> STRIDE_BITS;
            if (stride == strides.length) {
                strides = Arrays.copyOf(strides, stride * 2);
            }
            strides[stride] = position;
        }
        size++;
        if (table != null) {
            table[slot] = entry(hash, size);
            if (size * 4L > table.length * 3L) {
                index(table.length * 2);
            }
        }
        return size - 1;
    }

    /** The row of {@code id}, or -1. */
    int row(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        return row(bytes, 0, bytes.length);
    }

    /** The row of the id whose UTF-8 bytes are {@code bytes[from, to)}, or -1; nothing is copied. */
    int row(byte[] bytes, int from, int to) {
        if (table == null) {
            int slots = MIN_TABLE;
            while (size * 4L > slots * 3L) {
                slots *= 2;
            }
            index(slots);
        }
        return (table[find(bytes, from, to, hash(bytes, from, to))] & (table.length - 1)) - 1;
    }

    /** A walk over the ids from row 0 on. */
    Walk walk() {
        return new Walk();
    }

    /**
     * The ids in row order, for a file in the key's order (as the published sample file is): each of its ids is
     * compared with the next row's, which needs no hash, no table and no step over other ids.
     */
    final class Walk {
        private int row;
        /** Where the id of {@code row} starts, while {@code row < size}. */
        private int position;

        /** Whether {@code bytes[from, to)} is the next row's id; if so, that row is taken ({@link #row()}). */
        boolean takes(byte[] bytes, int from, int to) {
            if (row == size || !holds(position, bytes, from, to)) {
                return false;
            }
            row++;
            if (row < size) {
                position = next(position);
            }
            return true;
        }

        /** The row last taken. */
        int row() {
            return row - 1;
        }
    }

    /** Looks ahead for up to {@code capacity} ids at a time ({@link Ahead}). */
    Ahead ahead(int capacity) {
        return new Ahead(capacity);
    }

    /**
     * Warms the caches for lookups to come, without changing anything. A lookup in a large table waits on three cache
     * misses one after the other (the slot, the kept position of its row, the id's bytes); for a block of ids
     * about to be looked up, each of those steps is done for all of them before the next step, so that their misses
     * overlap instead of following one another, and the lookups themselves then find what they read in the cache.
     */
    final class Ahead {
        private final int[] hashes;
        private final int[] positions;
        private final int[] rows;
        /** A sum of the bytes the last {@link #warm} read. */
        private int read;

        private Ahead(int capacity) {
            hashes = new int[capacity];
            positions = new int[capacity];
            rows = new int[capacity];
        }

        /**
         * Reads what the lookups of the ids {@code bytes[from[j], to[j])}, j < {@code count}, will read, and returns
         * the rows their slots name (-1: an empty slot or another id's): unchecked, only to warm what belongs to
         * them. {@link #read()} sums what was read, for the caller to keep, so that the loads are not dropped as
         * unused. Nothing is read before the table is built.
         */
        int[] warm(byte[] bytes, int[] from, int[] to, int count) {
            if (table == null) {
                Arrays.fill(rows, 0, count, -1);
                return rows;
            }
            int[] slots = table;
            int mask = slots.length - 1;
            for (int j = 0; j < count; j++) {
                hashes[j] = hash(bytes, from[j], to[j]);
            }
            for (int j = 0; j < count; j++) {
                int entry = slots[hashes[j] & mask];
                rows[j] = entry != 0 && (entry & ~mask) == (hashes[j] & ~mask) ? (entry & mask) - 1 : -1;
            }
            for (int j = 0; j < count; j++) {
                positions[j] = rows[j] < 0 ? -1 : strides[rows[j] >>> STRIDE_BITS];
            }
            read = 0;
            for (int j = 0; j < count; j++) {
                int position = positions[j];
                if (position >= 0) {
                    byte[] page = pages[position >>> PAGE_BITS];
                    int at = position & (PAGE_SIZE - 1);
                    // the kept position's line and the next: the row's id is at most seven short entries further
                    read += page[at] + page[Math.min(at + 64, PAGE_SIZE - 1)];
                }
            }
            return rows;
        }

        int read() {
            return read;
        }
    }

    String id(int row) {
        int position = position(row);
        byte[] page = pages[position >>> PAGE_BITS];
        int at = position & (PAGE_SIZE - 1);
        int length = readLength(page, at);
        return new String(page, at + lengthBytes(length), length, StandardCharsets.UTF_8);
    }

    /** The slot holding {@code bytes}, or the empty slot where they belong. */
    private int find(byte[] bytes, int from, int to, int hash) {
        int mask = table.length - 1;
        int slot = hash & mask;
        int tag = hash & ~mask;
        for (int entry = table[slot]; entry != 0; entry = table[slot]) {
            if ((entry & ~mask) == tag && holds(position((entry & mask) - 1), bytes, from, to)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private boolean holds(int position, byte[] bytes, int from, int to) {
        byte[] page = pages[position >>> PAGE_BITS];
        int at = position & (PAGE_SIZE - 1);
        int length = readLength(page, at);
        int start = at + lengthBytes(length);
        return length == to - from && Arrays.equals(page, start, start + length, bytes, from, to);
    }

    /** Where the row's id starts: from the last kept position, stepping over the entries in between. */
    private int position(int row) {
        int position = strides[row >>> STRIDE_BITS];
        for (int step = row & ((1 << STRIDE_BITS) - 1); step > 0; step--) {
            position = next(position);
        }
        return position;
    }

    /** The position of the entry after the one at {@code position}. */
    private int next(int position) {
        int page = position >>> PAGE_BITS;
        int at = position & (PAGE_SIZE - 1);
        int length = readLength(pages[page], at);
        int after = at + lengthBytes(length) + length;
        return after == PAGE_SIZE || pages[page][after] == 0 ? (page + 1) << PAGE_BITS : page << PAGE_BITS | after;
    }

    /** Writes length and bytes into the current page (or a new one) and returns the position. */
    private int append(byte[] bytes, int from, int to) {
        int length = to - from;
        int needed = lengthBytes(length) + length;
        if (used + needed > PAGE_SIZE) {
            if (pageCount == MAX_PAGES) {
                throw new IllegalStateException("More than 2 GiB of ids");
            }
            if (pageCount == pages.length) {
                pages = Arrays.copyOf(pages, pageCount * 2);
            }
            pages[pageCount++] = new byte[PAGE_SIZE];
            used = 0;
        }
        byte[] page = pages[pageCount - 1];
        int position = (pageCount - 1) << PAGE_BITS | used;
        int at = used;
        for (int rest = length; ; rest >>>= 7) {
            if (rest < 0x80) {
                page[at++] = (byte) rest;
                break;
            }
            page[at++] = (byte) (rest & 0x7F | 0x80);
        }
        System.arraycopy(bytes, from, page, at, length);
        used = at + length;
        return position;
    }

    /** Builds the table with {@code slots} slots (a power of two), walking the ids in row order. */
    private void index(int slots) {
        table = new int[slots];
        int mask = table.length - 1;
        int position = 0;
        for (int row = 0; row < size; row++) {
            if (row > 0) {
                position = next(position);
            }
            byte[] page = pages[position >>> PAGE_BITS];
            int at = position & (PAGE_SIZE - 1);
            int length = readLength(page, at);
            int from = at + lengthBytes(length);
            int hash = hash(page, from, from + length);
            int slot = hash & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = entry(hash, row + 1);
        }
    }

    /** A slot's content: {@code rowPlusOne} below the table's size, the hash's bits above it. */
    private int entry(int hash, int rowPlusOne) {
        return hash & -table.length | rowPlusOne;
    }

    private static int readLength(byte[] page, int at) {
        int length = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = page[at++];
            length |= (b & 0x7F) << shift;
            if (b >= 0) {
                return length;
            }
        }
    }

    private static int lengthBytes(int length) {
        return length < 1 << 7 ? 1 : length < 1 << 14 ? 2 : 3;
    }

    /**
     * The bytes read eight at a time (an id of up to eight bytes is one or two loads, not a multiplication per byte),
     * each word multiplied in, then MurmurHash3's 64-bit finaliser, so that the low bits picking the slot and the
     * high bits kept in it are well mixed. The length is mixed in first: the last word may overlap the one before.
     */
    private static int hash(byte[] bytes, int from, int to) {
        int length = to - from;
        long h = length * GOLDEN;
        int at = from;
        for (; to - at > 8; at += 8) {
            h = mix(h, (long) LONGS.get(bytes, at));
        }
        long last;
        if (length >= 8) {
            last = (long) LONGS.get(bytes, to - 8);
        } else if (length >= 4) {
            last = (long) (int) INTS.get(bytes, from) << 32 | (int) INTS.get(bytes, to - 4) & 0xFFFFFFFFL;
        } else {
            last = 0;
            for (int i = from; i < to; i++) {
                last = last << 8 | bytes[i] & 0xFF;
            }
        }
        h = mix(h, last);
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) h;
    }

    private static long mix(long h, long word) {
        long m = (h ^ word) * GOLDEN;
        return m ^ m >>> 32;
    }
}
