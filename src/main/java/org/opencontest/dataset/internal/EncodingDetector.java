package org.opencontest.dataset.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells UTF-8 from GBK and GB18030 (which Chinese government data often uses) by strict decoding of the beginning of
 * a file. UTF-8 is tried first: text in GBK almost never happens to be valid UTF-8, while most UTF-8 text with
 * Chinese characters is also "valid" GB18030 (which maps nearly every byte sequence), so the order matters.
 * A sample may end in the middle of a character; that is not an error.
 */
final class EncodingDetector {

    static final Charset GBK = Charset.forName("GBK");
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private EncodingDetector() {
    }

    /** The encoding of the sample, or empty when it is none of UTF-8, GBK or GB18030. */
    static Optional<Charset> detect(byte[] sample, int length, boolean complete) {
        if (hasUtf8Bom(sample, length) || decodes(StandardCharsets.UTF_8, sample, length, complete)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (decodes(GBK, sample, length, complete)) {
            return Optional.of(GBK);
        }
        if (decodes(GB18030, sample, length, complete)) {
            return Optional.of(GB18030);
        }
        return Optional.empty();
    }

    static boolean hasUtf8Bom(byte[] sample, int length) {
        return length >= 3 && sample[0] == UTF8_BOM[0] && sample[1] == UTF8_BOM[1] && sample[2] == UTF8_BOM[2];
    }

    /**
     * Strict decoding. A sample cut from a longer file is decoded as "more input follows", so a character split by the
     * cut waits for its remaining bytes instead of counting as malformed.
     */
    private static boolean decodes(Charset charset, byte[] sample, int length, boolean complete) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(ByteBuffer.wrap(sample, 0, length), CharBuffer.allocate(length + 1),
                complete);
        if (result.isError()) {
            return false;
        }
        return !complete || !decoder.flush(CharBuffer.allocate(8)).isError();
    }
}
