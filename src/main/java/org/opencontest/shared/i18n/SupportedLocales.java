package org.opencontest.shared.i18n;

import java.util.List;
import java.util.Locale;

/** The two languages OpenContest speaks. */
public final class SupportedLocales {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> ALL = List.of(ENGLISH, CHINESE);

    private SupportedLocales() {
    }

    /** Chinese for any zh locale, English otherwise. */
    public static Locale closest(Locale requested) {
        return requested != null && "zh".equals(requested.getLanguage()) ? CHINESE : ENGLISH;
    }

    public static boolean isChinese(Locale locale) {
        return closest(locale).equals(CHINESE);
    }
}
