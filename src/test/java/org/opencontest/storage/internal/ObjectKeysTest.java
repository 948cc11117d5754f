package org.opencontest.storage.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ObjectKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"contests/42/covers", "a", "A_b-c/D9", "submissions/7/files"})
    void acceptsRelativePathsOfSafeSegments(String prefix) {
        assertThat(ObjectKeys.normalisePrefix(prefix)).isEqualTo(prefix);
    }

    @Test
    void toleratesOneTrailingSlash() {
        assertThat(ObjectKeys.normalisePrefix("contests/42/")).isEqualTo("contests/42");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"/", "/etc", "../etc", "a/../b", "..", "a/./b", "a//b", "a/b//", "a b", "a\\b",
            "a/b.txt", "中文", "a\nb", "a%2e%2e/b", "C:/x", "a/b?c", "~/x"})
    void refusesTraversalAbsolutePathsAndOddCharacters(String prefix) {
        assertThatThrownBy(() -> ObjectKeys.normalisePrefix(prefix)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesOverlongPrefixes() {
        assertThat(ObjectKeys.normalisePrefix("a".repeat(512))).hasSize(512);
        assertThatThrownBy(() -> ObjectKeys.normalisePrefix("a".repeat(513)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newKeysAreThePrefixAndARandomUuid() {
        String key = ObjectKeys.newKey("contests/42/");

        assertThat(key).matches("contests/42/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(ObjectKeys.newKey("contests/42")).isNotEqualTo(key);
        assertThat(ObjectKeys.requireValidKey(key)).isEqualTo(key);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"../etc/passwd", "/contests/1/x", "contests/1/x.txt", "contests//x"})
    void refusesKeysThisStoreNeverGenerates(String key) {
        assertThatThrownBy(() -> ObjectKeys.requireValidKey(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void messagesDoNotEchoControlCharacters() {
        assertThatThrownBy(() -> ObjectKeys.normalisePrefix("a\r\nInjected: yes"))
                .hasMessageNotContaining("\r").hasMessageNotContaining("\n");
    }
}
