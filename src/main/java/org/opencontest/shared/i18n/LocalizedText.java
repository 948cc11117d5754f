package org.opencontest.shared.i18n;

import java.io.Serializable;
import java.util.Locale;

import jakarta.persistence.Embeddable;


/**
 * A text an organiser writes in English and in Simplified Chinese. Either side may be blank while a contest is a
 * draft; visitors see their language and fall back to the other one rather than to nothing.
 */
@Embeddable
public record LocalizedText(String en, String zh) implements Localizable, Serializable {

    public static final LocalizedText EMPTY = new LocalizedText("", "");

    public LocalizedText {
        en = en == null ? "" : en.strip();
        zh = zh == null ? "" : zh.strip();
    }

    public static LocalizedText orEmpty(LocalizedText text) {
        return text == null ? EMPTY : text;
    }

    /** The text in the viewer's language, or in the other language if that side is blank. */
    @Override
    public String in(Locale locale) {
        boolean chinese = SupportedLocales.isChinese(locale);
        String preferred = chinese ? zh : en;
        return preferred.isEmpty() ? (chinese ? en : zh) : preferred;
    }

    /** Exactly the given language's side, without fallback (for editors). */
    public String exactly(Locale locale) {
        return SupportedLocales.isChinese(locale) ? zh : en;
    }

    public boolean isComplete() {
        return !en.isEmpty() && !zh.isEmpty();
    }

    public boolean isEmpty() {
        return en.isEmpty() && zh.isEmpty();
    }
}
