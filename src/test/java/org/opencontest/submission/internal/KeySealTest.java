package org.opencontest.submission.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class KeySealTest {

    private static final byte[] PRIVATE = "thirty-two bytes of private key!".getBytes(StandardCharsets.US_ASCII);

    @Test
    void opensWithTheSameSecretAndKeyIdAndHidesTheKey() {
        String sealed = new KeySeal("secret-a").seal(PRIVATE, "k1");

        assertThat(sealed).startsWith("v1.").doesNotContain("thirty-two");
        assertThat(new KeySeal("secret-a").open(sealed, "k1")).isEqualTo(PRIVATE);
        assertThat(new KeySeal("secret-a").seal(PRIVATE, "k1")).as("fresh IV each time").isNotEqualTo(sealed);
    }

    @Test
    void anotherSecretOrAnotherRowDoesNotOpenIt() {
        String sealed = new KeySeal("secret-a").seal(PRIVATE, "k1");

        assertThatThrownBy(() -> new KeySeal("secret-b").open(sealed, "k1"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("RECEIPT_KEY_SECRET");
        assertThatThrownBy(() -> new KeySeal("secret-a").open(sealed, "k2")).isInstanceOf(IllegalStateException.class);
        String altered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThatThrownBy(() -> new KeySeal("secret-a").open(altered, "k1")).isInstanceOf(IllegalStateException.class);
    }
}
