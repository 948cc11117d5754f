package org.opencontest.account.internal;

import java.time.ZoneId;
import java.util.Locale;

/** What a visitor enters to create an account; {@code organisation} may be blank. */
public record SignUpRequest(String email, String displayName, String organisation, String password,
                            String passwordConfirmation, Locale locale, ZoneId zone) {

    @Override
    public String toString() {
        return "SignUpRequest[" + email + "]";
    }
}
