package org.opencontest.evaluation.internal;

/**
 * Sorts finite scores in the order of {@link java.util.Arrays#sort(double[])} (−0.0 just before 0.0, equal scores next
 * to each other) by a least-significant-digit radix sort of their bits, for AUC. Each score's bits are read as an
 * unsigned number that orders as the score does (the sign bit flipped for a positive score, all bits for a negative
 * one); only the bits that differ between the scores are sorted on, in digits of at most {@link #MAX_DIGIT_BITS} bits,
 * one pass over the scores each (plus one that counts every digit at once), each a stable move into a second array.
 * Scores already in order are left as they are, and a digit all scores share costs no pass.
 * <p>
 * fastutil's radix sort (used before) works from the most significant byte, in place: for scores of a narrow range
 * (0–1, 0–100) its first passes hardly split them, and at millions of rows it took as long as reading the files.
 * This one needs a second array as long as the longer of the arrays it sorts, made at the first sort that needs it and
 * passed from one sort to the next: after a sort the array not holding the result is the spare. Sorting the longer
 * array first, the spare is then long enough for the other.
 */
final class ScoreSort {

    /** 11 bits: 2,048 places to write to in a pass, few enough to stay in the caches; six passes for 64 bits. */
    static final int MAX_DIGIT_BITS = 11;

    private final int longest;
    private double[] spare;

    /** For arrays of at most {@code longest} scores. */
    ScoreSort(int longest) {
        this.longest = longest;
    }

    /**
     * Sorts {@code scores[0, n)} (finite numbers) and returns the array holding them sorted: {@code scores} itself or
     * the spare array (then {@code scores} becomes the spare).
     */
    double[] sort(double[] scores, int n) {
        if (sorted(scores, n)) {
            return scores;
        }
        long all = -1;
        long any = 0;
        for (int i = 0; i < n; i++) {
            long key = key(scores[i]);
            all &= key;
            any |= key;
        }
        long differing = all ^ any;
        int low = Long.numberOfTrailingZeros(differing);
        int bits = 64 - Long.numberOfLeadingZeros(differing) - low;
        int passes = (bits + MAX_DIGIT_BITS - 1) / MAX_DIGIT_BITS;
        int digitBits = (bits + passes - 1) / passes;
        int buckets = 1 << digitBits;
        int mask = buckets - 1;
        // every pass's counts in one read of the scores
        int[] counts = new int[passes * buckets];
        for (int i = 0; i < n; i++) {
            long key = key(scores[i]) >>> low;
            for (int pass = 0; pass < passes; pass++) {
                counts[pass * buckets + ((int) (key >>> pass * digitBits) & mask)]++;
            }
        }
        if (spare == null || spare.length < n) {
            spare = new double[Math.max(longest, n)];
        }
        double[] from = scores;
        double[] to = spare;
        for (int pass = 0; pass < passes; pass++) {
            int shift = low + pass * digitBits;
            int base = pass * buckets;
            if (counts[base + ((int) (key(from[0]) >>> shift) & mask)] == n) {
                continue;
            }
            for (int bucket = 0, start = 0; bucket < buckets; bucket++) {
                int count = counts[base + bucket];
                counts[base + bucket] = start;
                start += count;
            }
            for (int i = 0; i < n; i++) {
                double score = from[i];
                to[counts[base + ((int) (key(score) >>> shift) & mask)]++] = score;
            }
            double[] swap = from;
            from = to;
            to = swap;
        }
        spare = to;
        return from;
    }

    /** Whether the scores are in the order of {@code Arrays.sort} already (−0.0 before 0.0). */
    static boolean sorted(double[] scores, int n) {
        for (int i = 1; i < n; i++) {
            if (Double.compare(scores[i], scores[i - 1]) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The score's bits as an unsigned number in the score's order (−0.0 just below 0.0). */
    static long key(double score) {
        long bits = Double.doubleToRawLongBits(score);
        return bits ^ (bits >> 63 | Long.MIN_VALUE);
    }
}
