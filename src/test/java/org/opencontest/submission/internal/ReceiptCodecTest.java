package org.opencontest.submission.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReceiptCodecTest {

    private static final Receipt CONTENT = new Receipt(12, 345, 3, "soda-2026", "Team 上海\\ Night\nOwls",
            Instant.parse("2026-03-20T09:59:59.123456Z"), ZoneId.of("Asia/Shanghai"), ZoneId.of("America/New_York"),
            false, List.of(new ReceiptFile("proposal.pdf", 1234, "ab".repeat(32)),
            new ReceiptFile("演示 video.mp4", 5_000_000_000L, "cd".repeat(32))), null, null, null);

    @Test
    void aSignedReceiptSurvivesTheRoundTripAndVerifies() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Receipt signed = ReceiptCodec.sign(CONTENT, keys.getPrivate(), ReceiptCodec.keyId(keys.getPublic()));

        assertThat(signed.canonicalText()).startsWith(ReceiptCodec.HEADER + "\n")
                .contains("submitted-at=2026-03-20T09:59:59.123456Z\n")
                .contains("submitted-at-contest-zone=2026-03-20T17:59:59.123456+08:00[Asia/Shanghai]\n")
                .contains("submitted-at-submitter-zone=2026-03-20T05:59:59.123456-04:00[America/New_York]\n")
                .contains("team=Team 上海\\\\ Night\\nOwls\n")
                .contains("file.2.size=5000000000\n");
        Receipt parsed = ReceiptCodec.parse(signed.document());
        assertThat(parsed).isEqualTo(signed);
        assertThat(ReceiptCodec.verify(parsed, keys.getPublic())).isTrue();
        // pasted from a mail client: CRLF, indentation, blank lines around
        String pasted = "\r\n  " + signed.document().replace("\n", "\r\n    ") + "\r\n\r\n";
        assertThat(ReceiptCodec.verify(ReceiptCodec.parse(pasted), keys.getPublic())).isTrue();
    }

    @Test
    void anyChangeBreaksTheSignature() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String document = ReceiptCodec.sign(CONTENT, keys.getPrivate(), "k1").document();

        Receipt changedSize = ReceiptCodec.parse(document.replace("file.1.size=1234", "file.1.size=1235"));
        assertThat(ReceiptCodec.verify(changedSize, keys.getPublic())).isFalse();
        Receipt lateHidden = ReceiptCodec.parse(document.replace("late=false", "late=true"));
        assertThat(ReceiptCodec.verify(lateHidden, keys.getPublic())).isFalse();
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        assertThat(ReceiptCodec.verify(ReceiptCodec.parse(document), other.getPublic())).isFalse();
    }

    @Test
    void garbledDocumentsAreNotReceipts() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String document = ReceiptCodec.sign(CONTENT, keys.getPrivate(), "k1").document();
        assertThatThrownBy(() -> ReceiptCodec.parse("hello")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReceiptCodec.parse(document.replace("version=3\n", "")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReceiptCodec.parse(document.replace("late=false\n", "late=false\nextra=1\n")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReceiptCodec.parse(document.substring(0, document.indexOf("signature="))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
