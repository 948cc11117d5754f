package org.opencontest.account.internal;

import java.util.Locale;

import org.opencontest.shared.i18n.LocalePreferences;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores the language the signed-in user picks in the header. */
@Component
class UserLocalePreferences implements LocalePreferences {

    private final UserAccountRepository users;

    UserLocalePreferences(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional
    public void rememberLocale(Locale locale) {
        AppPrincipal me = CurrentUser.require();
        users.updateLocale(me.userId(), me.email(), SupportedLocales.closest(locale));
    }
}
