package org.opencontest.shared.hash;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalFieldsTest {

    @Test
    void eachFieldIsLengthPrefixedAndAMissingOneIsMarked() {
        assertThat(CanonicalFields.of("ab", 7L, null, "")).isEqualTo("2:ab;1:7;-;0:;");
    }

    @Test
    void textCannotMoveBetweenFieldsUnnoticed() {
        assertThat(CanonicalFields.of("ab", "c")).isNotEqualTo(CanonicalFields.of("a", "bc"));
        assertThat(CanonicalFields.of("a;1:b")).isNotEqualTo(CanonicalFields.of("a", "b"));
        assertThat(CanonicalFields.of("", null)).isNotEqualTo(CanonicalFields.of(null, ""));
    }
}
