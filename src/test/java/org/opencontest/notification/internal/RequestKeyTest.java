package org.opencontest.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RequestKeyTest {

    @Test
    void sameRequestSameKeyRegardlessOfMapOrderAndAddressCase() {
        String key = MailRequestListener.requestKey("Ada@Example.org", Locale.ENGLISH, "t", Map.of("a", "1", "b", "2"));
        assertThat(key).hasSize(64)
                .isEqualTo(MailRequestListener.requestKey("ada@example.org", Locale.ENGLISH, "t",
                        Map.of("b", "2", "a", "1")));
    }

    @Test
    void anyDifferenceGivesAnotherKey() {
        String key = MailRequestListener.requestKey("ada@example.org", Locale.ENGLISH, "t", Map.of("a", "1"));
        assertThat(key)
                .isNotEqualTo(MailRequestListener.requestKey("ada@example.org", Locale.SIMPLIFIED_CHINESE, "t", Map.of("a", "1")))
                .isNotEqualTo(MailRequestListener.requestKey("ada@example.org", Locale.ENGLISH, "u", Map.of("a", "1")))
                .isNotEqualTo(MailRequestListener.requestKey("ada@example.org", Locale.ENGLISH, "t", Map.of("a", "2")))
                // length prefixes keep value boundaries apart
                .isNotEqualTo(MailRequestListener.requestKey("ada@example.org", Locale.ENGLISH, "t", Map.of("a1", "")));
    }
}
