package org.opencontest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.opencontest.shared.i18n.SupportedLocales;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

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

    /**
     * Renders every text the way the translation helper does (MessageFormat only when the text takes arguments):
     * a doubled apostrophe may never reach the reader.
     */
    @Test
    void noRenderedTextShowsADoubledApostrophe() throws IOException {
        MessageSource messages = appMessages();
        for (Locale locale : SupportedLocales.ALL) {
            for (String key : load("i18n/messages.properties").stringPropertyNames()) {
                assertThat(render(messages, key, locale, 2)).as("%s in %s", key, locale).doesNotContain("''");
            }
        }
    }

    /** Counts agree with their nouns for 0, 1 and 2 in every English text that counts with a choice. */
    @Test
    void countsAgreeWithTheirNouns() throws IOException {
        MessageSource messages = appMessages();
        Pattern singularAfterMany = Pattern.compile("\\b[02] (" + NOUNS + ")\\b(?! names?\\b)");
        Pattern pluralAfterOne = Pattern.compile("\\b1 (" + NOUNS + ")s\\b|\\b1 (people|entries)\\b");
        Properties english = load("i18n/messages.properties");
        long counted = english.stringPropertyNames().stream().filter(key -> english.getProperty(key).contains(",choice,"))
                .peek(key -> {
                    assertThat(render(messages, key, Locale.ENGLISH, 1)).as(key).doesNotContainPattern(pluralAfterOne);
                    assertThat(render(messages, key, Locale.ENGLISH, 0)).as(key).doesNotContainPattern(singularAfterMany);
                    assertThat(render(messages, key, Locale.ENGLISH, 2)).as(key).doesNotContainPattern(singularAfterMany);
                }).count();
        assertThat(counted).isGreaterThan(20);
        assertThat(render(messages, "assignment.facts.open", Locale.ENGLISH, 1)).startsWith("Open round: 1 judge per entry.");
        assertThat(render(messages, "assignment.facts.open", Locale.ENGLISH, 2)).startsWith("Open round: 2 judges per entry.");
        assertThat(messages.getMessage("scoring.queue.progress", new Object[] {0, 1}, Locale.ENGLISH))
                .isEqualTo("0 of 1 sheet submitted");
        assertThat(messages.getMessage("scoring.queue.progress", new Object[] {0, 1}, SupportedLocales.CHINESE))
                .doesNotContain("{");
    }

    private static final String NOUNS = "judge|member|file|entry|person|sheet|version|day|minute|second|team|row|"
            + "column|column name|dataset|conflict|data row";

    /** The text as a view shows it, with every argument {@code n} (numbers suit both plain and choice arguments). */
    private static String render(MessageSource messages, String key, Locale locale, int n) {
        String text = messages.getMessage(key, null, locale);
        Matcher placeholders = Pattern.compile("\\{(\\d+)").matcher(text);
        int count = 0;
        while (placeholders.find()) {
            count = Math.max(count, Integer.parseInt(placeholders.group(1)) + 1);
        }
        Object[] arguments = count == 0 ? null : java.util.Collections.nCopies(count, (Object) n).toArray();
        return messages.getMessage(key, arguments, locale);
    }

    /** The bundles as the application configures them (spring.messages in application.yml). */
    private static MessageSource appMessages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
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
