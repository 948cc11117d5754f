package org.opencontest.account.internal;

import java.util.regex.Pattern;

/**
 * Secrets of personal API tokens: {@value #PREFIX} followed by 32 random bytes in URL-safe Base64 (46 characters
 * in all). The prefix makes a leaked token recognisable to people and secret scanners. Only the SHA-256 is
 * stored; a plain hash suffices because the secret has 256 bits of entropy.
 */
public final class ApiTokenSecrets {

    public static final String PREFIX = "oc_";
    private static final Pattern FORMAT = Pattern.compile(PREFIX + "[A-Za-z0-9_-]{43}");

    private ApiTokenSecrets() {
    }

    public static String generate() {
        return PREFIX + SecureTokens.generate();
    }

    public static String hash(String secret) {
        return SecureTokens.hash(secret);
    }

    /** Cheap rejection of anything that cannot be a token, before touching the database. */
    public static boolean looksLikeSecret(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }
}
