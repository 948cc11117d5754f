package org.opencontest.account.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;


/** Rules for the account's own fields (password rules live in {@link PasswordPolicy}). */
public final class AccountRules {

    public static final int MAX_EMAIL = 320;
    public static final int MAX_DISPLAY_NAME = 120;
    public static final int MAX_ORGANISATION = 200;
    // Deliberately loose: the verification mail is the real test of an address.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private AccountRules() {
    }

    public static void checkEmail(String email, List<FieldViolation> violations) {
        String value = email == null ? "" : email.strip();
        if (value.isEmpty()) {
            violations.add(FieldViolation.of(AccountField.EMAIL, "account.validation.email.required"));
        } else if (value.length() > MAX_EMAIL || !EMAIL.matcher(value).matches()) {
            violations.add(FieldViolation.of(AccountField.EMAIL, "account.validation.email.invalid"));
        }
    }

    public static void checkProfile(String displayName, String organisation, Locale locale, ZoneId zone,
                                    List<FieldViolation> violations) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            violations.add(FieldViolation.of(AccountField.DISPLAY_NAME, "account.validation.displayName.required"));
        } else if (name.length() > MAX_DISPLAY_NAME) {
            violations.add(FieldViolation.of(AccountField.DISPLAY_NAME, "account.validation.displayName.tooLong",
                    MAX_DISPLAY_NAME));
        }
        if (organisation != null && organisation.strip().length() > MAX_ORGANISATION) {
            violations.add(FieldViolation.of(AccountField.ORGANISATION, "account.validation.organisation.tooLong",
                    MAX_ORGANISATION));
        }
        if (locale == null) {
            violations.add(FieldViolation.of(AccountField.LOCALE, "account.validation.locale.required"));
        }
        if (zone == null) {
            violations.add(FieldViolation.of(AccountField.ZONE, "account.validation.zone.required"));
        }
    }

    /** Blank organisation means none. */
    public static String organisationOrNull(String organisation) {
        return organisation == null || organisation.isBlank() ? null : organisation.strip();
    }
}
