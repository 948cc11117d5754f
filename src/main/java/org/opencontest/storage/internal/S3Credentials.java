package org.opencontest.storage.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

import org.opencontest.shared.secrets.SecretFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key pair the application signs S3 requests with. For the embedded server nobody has to choose one: the first
 * start generates a random pair into {@code opencontest.storage.embedded-credentials-file} (owner-only), later starts
 * read it back, so the objects under {@code ./data/objects} stay reachable and the well-known defaults of earlier
 * versions open nothing.
 */
public record S3Credentials(String accessKey, String secretKey) {

    private static final Logger log = LoggerFactory.getLogger(S3Credentials.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ACCESS = "access-key";
    private static final String SECRET = "secret-key";

    @Override
    public String toString() {
        return "S3Credentials[" + accessKey + ", secret hidden]";
    }

    /** The configured pair, or for the embedded server with none configured, the generated one. */
    static S3Credentials of(StorageProperties properties) {
        if (!properties.accessKey().isBlank() && !properties.secretKey().isBlank()) {
            return new S3Credentials(properties.accessKey(), properties.secretKey());
        }
        if (!properties.embedded()) {
            throw new IllegalStateException("Set opencontest.storage.access-key and secret-key (S3_ACCESS_KEY, "
                    + "S3_SECRET_KEY) for the object store at " + properties.endpoint());
        }
        return loadOrCreate(Path.of(properties.embeddedCredentialsFile()));
    }

    /** Reads the pair from {@code file}, generating it first when the file does not exist yet. */
    static S3Credentials loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            Properties stored = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                stored.load(in);
            }
            String access = stored.getProperty(ACCESS, "");
            String secret = stored.getProperty(SECRET, "");
            if (access.isBlank() || secret.isBlank()) {
                throw new IllegalStateException(file + " lacks " + ACCESS + " or " + SECRET
                        + "; delete it to generate a new pair (the embedded server's objects are not encrypted)");
            }
            return new S3Credentials(access, secret);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the embedded S3 credentials " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Properties generated = new Properties();
        generated.setProperty(ACCESS, "oc" + random(9));
        generated.setProperty(SECRET, random(24));
        StringWriter text = new StringWriter();
        generated.store(text, "Credentials of the embedded S3 server, generated on the first start");
        if (SecretFiles.createOnce(file, text.toString())) {
            log.info("Generated credentials for the embedded S3 server in {}", file.toAbsolutePath());
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
