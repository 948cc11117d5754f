package org.opencontest.shared.i18n;

import java.util.Locale;

/** Remembers the signed-in user's language choice; implemented by the account module. */
public interface LocalePreferences {

    void rememberLocale(Locale locale);
}
