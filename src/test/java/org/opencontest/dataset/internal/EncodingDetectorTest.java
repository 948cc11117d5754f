package org.opencontest.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class EncodingDetectorTest {

    @Test
    void utf8WinsOverGb18030ForUtf8Text() {
        assertThat(detect("道路,车速\n", StandardCharsets.UTF_8, true)).hasValue(StandardCharsets.UTF_8);
    }

    @Test
    void asciiIsUtf8() {
        assertThat(detect("a,b\n1,2\n", StandardCharsets.US_ASCII, true)).hasValue(StandardCharsets.UTF_8);
    }

    @Test
    void gbkTextIsGbk() {
        assertThat(detect("道路,车速\n延安路,40\n", EncodingDetector.GBK, true)).hasValue(EncodingDetector.GBK);
    }

    @Test
    void aCharacterCutAtTheEndOfASampleIsNoError() {
        byte[] bytes = "车速".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);

        assertThat(EncodingDetector.detect(cut, cut.length, false)).hasValue(StandardCharsets.UTF_8);
    }

    @Test
    void randomHighBytesAreNoKnownEncoding() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, (byte) 0xFF, 0x30};

        assertThat(EncodingDetector.detect(bytes, bytes.length, true)).isEmpty();
    }

    private static Optional<Charset> detect(String text, Charset charset, boolean complete) {
        byte[] bytes = text.getBytes(charset);
        return EncodingDetector.detect(bytes, bytes.length, complete);
    }
}
