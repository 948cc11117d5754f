package org.opencontest.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The chain hash of an audit entry: SHA-256 over the previous hash and the entry's fields. Every field is written
 * with its length first, so that no two different entries can produce the same input by shifting text between
 * neighbouring fields.
 */
public final class AuditHashes {

    public static final String GENESIS = "0".repeat(64);

    private AuditHashes() {
    }

    public static String hash(String prevHash, Instant at, Long actorId, String actorEmail, String action,
                              String subject, String details) {
        StringBuilder input = new StringBuilder();
        for (Object field : new Object[] {prevHash, at, actorId, actorEmail, action, subject, details}) {
            if (field == null) {
                input.append("-;");
            } else {
                String text = field.toString();
                input.append(text.length()).append(':').append(text).append(';');
            }
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(input.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
