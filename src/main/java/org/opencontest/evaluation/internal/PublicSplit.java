package org.opencontest.evaluation.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Which answer-key rows count for the public leaderboard: HMAC-SHA256 of the row's id under the track's secret,
 * read as a number in [0, 1), below the public fraction. The split is fixed (the same id always lands on the same
 * side) and teams cannot compute it without the secret, which never leaves the server.
 */
public final class PublicSplit {

    private final Mac mac;
    private final double fraction;
    private final byte[] digest = new byte[32];

    public PublicSplit(String secretHex, double fraction) {
        try {
            this.mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(secretHex), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
        this.fraction = fraction;
    }

    /** A fresh 256-bit secret, hex-encoded. */
    public static String newSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    public boolean isPublic(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        return isPublic(bytes, 0, bytes.length);
    }

    /** {@link #isPublic(String)} of the id whose UTF-8 bytes are {@code bytes[from, to)}. */
    boolean isPublic(byte[] bytes, int from, int to) {
        mac.update(bytes, from, to - from);
        try {
            mac.doFinal(digest, 0);
        } catch (javax.crypto.ShortBufferException e) {
            throw new IllegalStateException("A SHA-256 digest is 32 bytes", e);
        }
        long bits = 0;
        for (int i = 0; i < 7; i++) {
            bits = (bits << 8) | (digest[i] & 0xFF);
        }
        // 56 bits are plenty and keep the number exact in a double
        return bits / (double) (1L << 56) < fraction;
    }
}
