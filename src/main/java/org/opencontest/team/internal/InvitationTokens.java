package org.opencontest.team.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.opencontest.shared.hash.Sha256;

/**
 * Secrets for invitation links: 256 random bits, URL-safe Base64 (43 characters). Only the SHA-256 is stored; with
 * that much entropy a plain hash is enough, and a leaked table reveals no usable link.
 */
public final class InvitationTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationTokens() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a token; null for text that cannot be a token, so forged links never reach the database. */
    public static String hashOf(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}") ? Sha256.hex(token) : null;
    }
}
