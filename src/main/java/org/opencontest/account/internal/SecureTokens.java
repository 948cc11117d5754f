package org.opencontest.account.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.opencontest.shared.hash.Sha256;

/**
 * Secrets for e-mail links: 32 random bytes, URL-safe Base64 without padding (43 characters). Only the SHA-256 of
 * a token is stored; a plain hash suffices because the token itself has 256 bits of entropy.
 */
public final class SecureTokens {

    static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private SecureTokens() {
    }

    public static String generate() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    /** Lower-case hex SHA-256 of the token's UTF-8 bytes. */
    public static String hash(String token) {
        return Sha256.hex(token);
    }

    /** Whether the text can be a token at all; cheap rejection of garbage before touching the database. */
    public static boolean looksLikeToken(String text) {
        return text != null && text.matches("[A-Za-z0-9_-]{43}");
    }
}
