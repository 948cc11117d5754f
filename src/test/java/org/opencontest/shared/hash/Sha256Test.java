package org.opencontest.shared.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.junit.jupiter.api.Test;

class Sha256Test {

    // printf 'abc' | sha256sum
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void textBytesAndStreamedPiecesGiveTheSameLowerCaseHex() {
        MessageDigest pieces = Sha256.newDigest();
        pieces.update("a".getBytes(StandardCharsets.UTF_8));
        pieces.update("bc".getBytes(StandardCharsets.UTF_8));

        assertThat(Sha256.hex("abc")).isEqualTo(ABC);
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.UTF_8))).isEqualTo(ABC);
        assertThat(Sha256.hex(pieces)).isEqualTo(ABC);
    }

    @Test
    void textIsHashedAsUtf8() {
        assertThat(Sha256.hex("李")).isEqualTo(Sha256.hex(new byte[] {(byte) 0xe6, (byte) 0x9d, (byte) 0x8e}));
    }
}
