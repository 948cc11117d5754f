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
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import org.opencontest.shared.secrets.SecretFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 key pair that signs receipts.
 * <p>
 * The private key lives only in a file ({@code opencontest.submission.receipt-key-file}, default
 * {@code ./data/keys/receipt-signing-ed25519.pem}), PKCS#8 in PEM armour, readable by the owner only. It is
 * generated on the first start when the file is missing (written to a temporary file and moved into place, so a
 * crash never leaves half a key, and a concurrent start on a shared volume keeps the first key). In production the
 * file is a mounted secret shared by all nodes and included in backups: losing it only means new receipts get a new
 * key; old receipts stay verifiable because every public key is recorded in {@code submission_receipt_key}.
 */
@Component
public class ReceiptKeys {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptKeys.class);
    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    private final KeyPair keyPair;
    private final String keyId;
    private final JdbcTemplate jdbc;

    ReceiptKeys(@Value("${opencontest.submission.receipt-key-file}") Path file,
                JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.keyPair = loadOrCreate(file);
        this.keyId = ReceiptCodec.keyId(keyPair.getPublic());
        register(clock);
    }

    public PrivateKey privateKey() {
        return keyPair.getPrivate();
    }

    public String keyId() {
        return keyId;
    }

    /** The current public key as PEM (X.509 SubjectPublicKeyInfo), for anyone who wants to check receipts offline. */
    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keyPair.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    /** Any key this installation has signed with, current or earlier. */
    public Optional<PublicKey> publicKey(String id) {
        if (keyId.equals(id)) {
            return Optional.of(keyPair.getPublic());
        }
        return jdbc.query("SELECT public_key FROM submission_receipt_key WHERE key_id = ?",
                (rs, row) -> decodePublic(rs.getString(1)), id).stream().findFirst();
    }

    private void register(Clock clock) {
        String encoded = Base64.getEncoder().encodeToString(keyPair.getPublic().getEncoded());
        try {
            if (jdbc.queryForObject("SELECT COUNT(*) FROM submission_receipt_key WHERE key_id = ?", Integer.class,
                    keyId) == 0) {
                jdbc.update("INSERT INTO submission_receipt_key (key_id, public_key, created_at) VALUES (?, ?, ?)",
                        keyId, encoded, java.sql.Timestamp.from(clock.instant()));
            }
        } catch (DataIntegrityViolationException concurrentStart) {
            LOG.debug("Receipt key {} was registered by another node", keyId);
        }
    }

    static KeyPair loadOrCreate(Path file) {
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            PrivateKey privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getMimeDecoder().decode(Files.readString(file).replace(BEGIN, "").replace(END, "").strip())));
            return new KeyPair(publicOf(privateKey), privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the receipt signing key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The receipt signing key " + file + " is not an Ed25519 PKCS#8 key", e);
        }
    }

    private static void create(Path file) throws IOException, GeneralSecurityException {
        KeyPair generated = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String pem = BEGIN + "\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(generated.getPrivate().getEncoded()) + "\n" + END + "\n";
        if (SecretFiles.createOnce(file, pem)) {
            LOG.info("Generated the receipt signing key {}", file.toAbsolutePath());
        } else {
            LOG.info("Receipt signing key {} was created concurrently; using it", file);
        }
    }

    /** Ed25519 private keys in Java do not expose their public half; PKCS#8 v2 may not carry it either. */
    private static PublicKey publicOf(PrivateKey privateKey) throws GeneralSecurityException {
        byte[] seed = ((java.security.interfaces.EdECPrivateKey) privateKey).getBytes()
                .orElseThrow(() -> new GeneralSecurityException("Private key without bytes"));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(java.security.spec.NamedParameterSpec.ED25519, new FixedSeed(seed));
        return generator.generateKeyPair().getPublic();
    }

    private static PublicKey decodePublic(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored receipt public key is unreadable", e);
        }
    }

    /** Feeds the stored seed to the key generator, which derives the same key pair from it. */
    private static final class FixedSeed extends java.security.SecureRandom {

        private final byte[] seed;

        FixedSeed(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
        }
    }
}
