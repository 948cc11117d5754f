package org.opencontest.storage.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.opencontest.storage.PseudoRandomInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DigestingLimitedInputStreamTest {

    /** SHA-256("abc") from FIPS 180-2. */
    private static final String SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String SHA256_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void countsAndDigestsWhatPassesThrough() throws IOException {
        DigestingLimitedInputStream in = new DigestingLimitedInputStream(bytes("abc"), 3);

        assertThat(in.read()).isEqualTo('a');
        byte[] rest = new byte[10];
        assertThat(in.read(rest, 0, 10)).isEqualTo(2);
        assertThat(in.read(rest, 0, 10)).isEqualTo(-1);

        assertThat(in.size()).isEqualTo(3);
        assertThat(in.sha256Hex()).isEqualTo(SHA256_ABC);
        assertThat(in.limitExceeded()).isFalse();
    }

    @Test
    void emptyStreamHasTheEmptyDigest() throws IOException {
        DigestingLimitedInputStream in = new DigestingLimitedInputStream(bytes(""), 0);

        assertThat(in.read()).isEqualTo(-1);
        assertThat(in.size()).isZero();
        assertThat(in.sha256Hex()).isEqualTo(SHA256_EMPTY);
    }

    @Test
    void stopsAsSoonAsTheLimitIsPassedAndStaysStopped() {
        PseudoRandomInputStream source = new PseudoRandomInputStream(1, 1L << 30);
        DigestingLimitedInputStream in = new DigestingLimitedInputStream(source, 100_000);

        assertThatThrownBy(() -> in.transferTo(OutputStream.nullOutputStream()))
                .isInstanceOf(DigestingLimitedInputStream.LimitExceededException.class);

        assertThat(in.limitExceeded()).isTrue();
        assertThat(source.position()).as("read from a 1 GiB source").isLessThanOrEqualTo(100_000 + 16_384);
        assertThatThrownBy(in::read).isInstanceOf(DigestingLimitedInputStream.LimitExceededException.class);
    }

    @Test
    void exactlyTheLimitIsAccepted() throws IOException {
        DigestingLimitedInputStream in = new DigestingLimitedInputStream(new PseudoRandomInputStream(1, 4096), 4096);

        assertThat(in.transferTo(OutputStream.nullOutputStream())).isEqualTo(4096);
        assertThat(in.limitExceeded()).isFalse();
    }

    @Test
    void sourceIoFailuresPassThroughAndAreRemembered() {
        IOException broken = new IOException("connection reset");
        DigestingLimitedInputStream in = new DigestingLimitedInputStream(failingAfter(10, broken), 1000);

        assertThatThrownBy(() -> in.transferTo(OutputStream.nullOutputStream())).isSameAs(broken);
        assertThat(in.sourceFailure()).isSameAs(broken);
        assertThat(in.limitExceeded()).isFalse();
    }

    @Test
    void sourceRuntimeFailuresReachTheReaderAsIoExceptions() {
        IllegalStateException broken = new IllegalStateException("upload cancelled");
        DigestingLimitedInputStream in = new DigestingLimitedInputStream(failingAfter(10, broken), 1000);

        assertThatThrownBy(() -> in.transferTo(OutputStream.nullOutputStream()))
                .isInstanceOf(IOException.class).hasCause(broken);
        assertThat(in.sourceFailure()).isSameAs(broken);
    }

    @Test
    void skippedBytesAreCountedAndDigestedToo() throws IOException {
        DigestingLimitedInputStream in = new DigestingLimitedInputStream(bytes("abc"), 3);

        assertThat(in.skip(2)).isEqualTo(2);
        assertThat(in.read()).isEqualTo('c');

        assertThat(in.size()).isEqualTo(3);
        assertThat(in.sha256Hex()).isEqualTo(SHA256_ABC);
    }

    @Test
    void refusesMarkAndReset() {
        DigestingLimitedInputStream in = new DigestingLimitedInputStream(bytes("abc"), 3);

        assertThat(in.markSupported()).isFalse();
        assertThatThrownBy(in::reset).isInstanceOf(IOException.class);
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream failingAfter(int goodBytes, Exception failure) {
        return new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ < goodBytes) {
                    return 'x';
                }
                if (failure instanceof IOException io) {
                    throw io;
                }
                throw (RuntimeException) failure;
            }
        };
    }
}
