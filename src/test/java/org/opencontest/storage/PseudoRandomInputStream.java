package org.opencontest.storage;

import java.io.InputStream;

/**
 * A deterministic stream of pseudo-random bytes of a given length, generated on the fly (xorshift64*), so tests
 * can stream hundreds of megabytes without holding them. It counts what was read, to show where a reader stopped.
 */
public final class PseudoRandomInputStream extends InputStream {

    private final long length;
    private long state;
    private long position;
    private long word;

    public PseudoRandomInputStream(long seed, long length) {
        this.length = length;
        this.state = seed == 0 ? 0x9E3779B97F4A7C15L : seed;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int len) {
        if (position >= length) {
            return -1;
        }
        int count = (int) Math.min(len, length - position);
        for (int i = 0; i < count; i++, position++) {
            // byte n is byte (n % 8) of word (n / 8): the sequence does not depend on how callers chunk their reads
            if ((position & 7) == 0) {
                word = next();
            }
            buffer[offset + i] = (byte) (word >>> ((position & 7) * 8));
        }
        return count;
    }

    /** Bytes handed out so far. */
    public long position() {
        return position;
    }

    private long next() {
        state ^= state >>> 12;
        state ^= state << 25;
        state ^= state >>> 27;
        return state * 0x2545F4914F6CDD1DL;
    }
}
