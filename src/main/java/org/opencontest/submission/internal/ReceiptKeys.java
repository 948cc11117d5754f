package org.opencontest.submission.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import org.opencontest.shared.secrets.SecretFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 keys that sign receipts, kept in {@code submission_receipt_key} where every node finds them.
 * <p>
 * The private half is sealed ({@link KeySeal}) with the operator's secret {@code opencontest.submission
 * .receipt-key-secret} (env {@code RECEIPT_KEY_SECRET}), which all nodes share. Left empty (the embedded default),
 * the secret is generated once into {@code receipt-key-secret-file}. The first start with no signing key generates
 * one; {@link #rotate()} adds a newer one. The newest sealed key signs, read from the database on every signature,
 * so a rotation on one node reaches all of them; older keys keep verifying the receipts they signed, by key id.
 */
@Component
public class ReceiptKeys {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptKeys.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final KeySeal seal;
    /** The last key opened, so that signing does not decrypt every time. */
    private volatile SigningKey opened;

    ReceiptKeys(@Value("${opencontest.submission.receipt-key-secret:}") String secret,
                @Value("${opencontest.submission.receipt-key-secret-file}") Path secretFile,
                JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.seal = new KeySeal(secret.isBlank() ? generatedSecret(secretFile) : secret);
        if (signingKeyRow().isEmpty()) {
            rotate();
        }
        LOG.info("Receipts are signed with key {}", signingKey().id());
    }

    /** The key new receipts are signed with: the newest sealed key in the database. */
    public SigningKey signingKey() {
        StoredKey row = signingKeyRow().orElseThrow(() -> new IllegalStateException("No receipt signing key"));
        SigningKey current = opened;
        if (current == null || !current.id().equals(row.id())) {
            current = new SigningKey(row.id(), decodePrivate(seal.open(row.sealed(), row.id())), decodePublic(row.publicKey()));
            opened = current;
        }
        return current;
    }

    /** Generates a new signing key; from now on every node signs with it. Earlier receipts keep verifying. */
    public String rotate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            String id = ReceiptCodec.keyId(pair.getPublic());
            jdbc.update("INSERT INTO submission_receipt_key (key_id, public_key, sealed_private_key, created_at)"
                            + " VALUES (?, ?, ?, ?)", id, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
                    seal.seal(pair.getPrivate().getEncoded(), id), Timestamp.from(clock.instant()));
            LOG.info("Generated the receipt signing key {}", id);
            return id;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform since 15 provides Ed25519", e);
        }
    }

    /** The current public key as PEM (X.509 SubjectPublicKeyInfo), for anyone who wants to check receipts offline. */
    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(signingKey().publicKey().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    /** Any key this installation has signed with, current or earlier. */
    public Optional<PublicKey> publicKey(String id) {
        return jdbc.query("SELECT public_key FROM submission_receipt_key WHERE key_id = ?",
                (rs, row) -> decodePublic(rs.getString(1)), id).stream().findFirst();
    }

    private Optional<StoredKey> signingKeyRow() {
        return jdbc.query("SELECT key_id, public_key, sealed_private_key FROM submission_receipt_key"
                        + " WHERE sealed_private_key IS NOT NULL ORDER BY created_at DESC, key_id DESC FETCH FIRST 1 ROWS ONLY",
                (rs, row) -> new StoredKey(rs.getString(1), rs.getString(2), rs.getString(3))).stream().findFirst();
    }

    /** The embedded default: a random secret in an owner-only file, created once (a concurrent start keeps the first). */
    private static String generatedSecret(Path file) {
        try {
            if (Files.notExists(file)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                if (SecretFiles.createOnce(file, Base64.getEncoder().encodeToString(random))) {
                    LOG.info("Generated the receipt key secret {}; set RECEIPT_KEY_SECRET on every node instead when"
                            + " several share one database", file.toAbsolutePath());
                }
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the receipt key secret " + file, e);
        }
    }

    private static PrivateKey decodePrivate(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored receipt private key is unreadable", e);
        }
    }

    private static PublicKey decodePublic(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored receipt public key is unreadable", e);
        }
    }

    /** A key that signs receipts, with the id written into each receipt. */
    public record SigningKey(String id, PrivateKey privateKey, PublicKey publicKey) {
    }

    private record StoredKey(String id, String publicKey, String sealed) {
    }
}
