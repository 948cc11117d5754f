package org.opencontest.account.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;


/**
 * Password rules for sign-up, reset and change: at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_BYTES} bytes (bcrypt ignores anything beyond), not a well-known password, not the account's own
 * e-mail address, and the confirmation must match.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = load("/account/common-passwords.txt");

    private PasswordPolicy() {
    }

    /** Violations for a new password, reported on the given field (and on the confirmation field). */
    public static List<FieldViolation> check(AccountField field, String password, String confirmation,
                                             String email) {
        List<FieldViolation> violations = new ArrayList<>();
        String candidate = password == null ? "" : password;
        if (candidate.codePointCount(0, candidate.length()) < MIN_LENGTH) {
            violations.add(FieldViolation.of(field, "account.validation.password.tooShort", MIN_LENGTH));
        } else if (candidate.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            violations.add(FieldViolation.of(field, "account.validation.password.tooLong", MAX_BYTES));
        } else if (isCommon(candidate)) {
            violations.add(FieldViolation.of(field, "account.validation.password.common"));
        } else if (email != null && candidate.strip().equalsIgnoreCase(email.strip())) {
            violations.add(FieldViolation.of(field, "account.validation.password.isEmail"));
        }
        if (!candidate.equals(confirmation)) {
            violations.add(FieldViolation.of(AccountField.PASSWORD_CONFIRMATION,
                    "account.validation.passwordConfirmation.mismatch"));
        }
        return violations;
    }

    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        // "aaaaaaaaaa" and friends: one repeated character
        return COMMON.contains(lower) || lower.codePoints().distinct().count() == 1;
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
