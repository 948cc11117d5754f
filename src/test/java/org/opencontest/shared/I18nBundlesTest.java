package org.opencontest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Both languages must offer exactly the same keys, and every text must be a valid message pattern. */
class I18nBundlesTest {

    @Test
    void englishAndChineseBundlesHaveTheSameKeys() throws IOException {
        Properties english = load("i18n/messages.properties");
        Properties chinese = load("i18n/messages_zh_CN.properties");

        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void chineseTextsAreTranslatedNotCopied() throws IOException {
        Properties chinese = load("i18n/messages_zh_CN.properties");

        long withChineseCharacters = chinese.values().stream().map(String::valueOf)
                .filter(text -> text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .count();
        assertThat(withChineseCharacters).isGreaterThan(chinese.size() * 8L / 10);
    }

    /** Texts with arguments go through MessageFormat, where a lone apostrophe silently swallows text. */
    @Test
    void textsWithArgumentsAreValidMessagePatterns() throws IOException {
        for (String bundle : new String[] {"i18n/messages.properties", "i18n/messages_zh_CN.properties"}) {
            Properties texts = load(bundle);
            texts.forEach((key, value) -> {
                String text = String.valueOf(value);
                if (text.matches("(?s).*\\{\\d+.*")) {
                    assertThat(new MessageFormat(text).toPattern()).as("%s in %s", key, bundle).isNotBlank();
                    assertThat(text.replace("''", "")).as("lone apostrophe in %s (%s); write '' instead", key, bundle)
                            .doesNotContain("'");
                }
            });
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
