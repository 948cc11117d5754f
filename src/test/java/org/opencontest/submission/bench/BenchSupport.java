package org.opencontest.submission.bench;

import java.io.InputStream;
import java.util.Random;

/** Test data for the benchmarks: long streams of incompressible bytes that cost next to nothing to produce. */
final class BenchSupport {

    static final long GIB = 1024L * 1024 * 1024;
    private static final byte[] BLOCK = new byte[16 * 1024 * 1024 + 7];

    static {
        new Random(42).nextBytes(BLOCK);
    }

    private BenchSupport() {
    }

    /** {@code length} bytes cycling through a random block (of an odd size, so parts never repeat exactly). */
    static InputStream bytes(long length) {
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                return position < length ? BLOCK[(int) (position++ % BLOCK.length)] & 0xff : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int len) {
                if (position >= length) {
                    return -1;
                }
                int start = (int) (position % BLOCK.length);
                int count = (int) Math.min(Math.min(len, length - position), BLOCK.length - start);
                System.arraycopy(BLOCK, start, buffer, offset, count);
                position += count;
                return count;
            }
        };
    }

    static double mibPerSecond(long bytes, long nanos) {
        return bytes / 1024.0 / 1024.0 / (nanos / 1e9);
    }
}
