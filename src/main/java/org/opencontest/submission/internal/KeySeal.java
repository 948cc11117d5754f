package org.opencontest.submission.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals private keys for storage in the database: AES-256-GCM under a key derived from the operator's secret
 * (HMAC-SHA256 of a fixed label, so the secret itself never touches the cipher). The key id is bound as associated
 * data, so a sealed key copied onto another row does not open. Format: {@code v1.} + base64(IV ‖ ciphertext+tag).
 */
final class KeySeal {

    private static final String VERSION = "v1.";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    /** {@code secret} should carry at least 256 bits of randomness (e.g. {@code openssl rand -base64 32}). */
    KeySeal(String secret) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            this.key = new SecretKeySpec(hmac.doFinal("opencontest receipt-key seal v1".getBytes(StandardCharsets.UTF_8)),
                    "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform provides HmacSHA256", e);
        }
    }

    String seal(byte[] plain, String keyId) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, iv, keyId, plain);
        return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                .put(iv).put(sealed).array());
    }

    /** @throws IllegalStateException when the secret is not the one that sealed it, or the text was altered */
    byte[] open(String sealed, String keyId) {
        if (!sealed.startsWith(VERSION)) {
            throw new IllegalStateException("Unknown sealed key format");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        byte[] iv = java.util.Arrays.copyOf(bytes, IV_BYTES);
        byte[] body = java.util.Arrays.copyOfRange(bytes, IV_BYTES, bytes.length);
        return cipher(Cipher.DECRYPT_MODE, iv, keyId, body);
    }

    private byte[] cipher(int mode, byte[] iv, String keyId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The receipt key " + keyId
                    + " does not open with this secret (RECEIPT_KEY_SECRET differs from the one that sealed it)", e);
        }
    }
}
