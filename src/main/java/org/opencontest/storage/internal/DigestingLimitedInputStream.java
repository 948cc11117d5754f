package org.opencontest.storage.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

import org.opencontest.shared.hash.Sha256;

/**
 * Measures an upload while it streams: counts the bytes, digests them with SHA-256 and stops with an
 * {@link IOException} as soon as more than {@code maxBytes} went by, so an oversized upload is cut off mid-stream
 * instead of being stored first and measured later.
 * <p>
 * Every failure of the source stream reaches the reader as an {@link IOException} too (a runtime exception of the
 * source is wrapped), because the MinIO SDK aborts its multipart upload only on checked I/O failures. The stream
 * remembers why it failed, so that the caller can tell "too large" and "the client's stream broke" from "the store
 * failed".
 */
final class DigestingLimitedInputStream extends FilterInputStream {

    private final MessageDigest sha256;
    private final long maxBytes;
    private long size;
    private boolean limitExceeded;
    private Throwable sourceFailure;
    private String sha256Hex;

    DigestingLimitedInputStream(InputStream source, long maxBytes) {
        super(source);
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.sha256 = Sha256.newDigest();
    }

    @Override
    public int read() throws IOException {
        failIfStopped();
        int next = readSource(() -> in.read());
        if (next >= 0) {
            sha256.update((byte) next);
            count(1);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        failIfStopped();
        int read = readSource(() -> in.read(buffer, offset, length));
        if (read > 0) {
            sha256.update(buffer, offset, read);
            count(read);
        }
        return read;
    }

    /** Skipped bytes must be counted and digested too, so skipping reads them. */
    @Override
    public long skip(long n) throws IOException {
        byte[] scratch = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        long skipped = 0;
        while (skipped < n) {
            int read = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readLimit) {
        // not supported: a reset would count and digest bytes twice
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    long size() {
        return size;
    }

    /** The hex SHA-256 of everything read; call once the stream is exhausted. */
    String sha256Hex() {
        if (sha256Hex == null) {
            sha256Hex = Sha256.hex(sha256);
        }
        return sha256Hex;
    }

    boolean limitExceeded() {
        return limitExceeded;
    }

    /** What the source stream threw, if it failed; {@code null} otherwise. */
    Throwable sourceFailure() {
        return sourceFailure;
    }

    private void count(int bytes) throws LimitExceededException {
        size += bytes;
        if (size > maxBytes) {
            limitExceeded = true;
            throw new LimitExceededException(maxBytes);
        }
    }

    private void failIfStopped() throws IOException {
        if (limitExceeded) {
            throw new LimitExceededException(maxBytes);
        }
        if (sourceFailure != null) {
            throw new IOException("The upload stream failed earlier", sourceFailure);
        }
    }

    private int readSource(SourceRead read) throws IOException {
        try {
            return read.read();
        } catch (IOException e) {
            sourceFailure = e;
            throw e;
        } catch (RuntimeException e) {
            sourceFailure = e;
            throw new IOException("The upload stream failed", e);
        }
    }

    @FunctionalInterface
    private interface SourceRead {
        int read() throws IOException;
    }

    /** Thrown while streaming once the limit is passed. */
    static final class LimitExceededException extends IOException {

        LimitExceededException(long maxBytes) {
            super("Upload exceeds the limit of " + maxBytes + " bytes");
        }
    }
}
