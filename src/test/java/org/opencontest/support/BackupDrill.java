package org.opencontest.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.anonymously;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.opencontest.OpenContestApplication;
import org.opencontest.integrity.ExpectedObject;
import org.opencontest.integrity.StoredObjectSource;
import org.opencontest.storage.ContentDigest;
import org.opencontest.storage.ObjectStorage;
import org.opencontest.submission.internal.ReceiptCheck;
import org.opencontest.submission.internal.ReceiptVerifier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The steps of config/backup.sh and config/restore.sh for tests and the restore benchmark: the same pg_dump and
 * pg_restore options against the local PostgreSQL, an application instance on a restored database with an empty
 * S3 server, and the checks that prove a restore good. The bucket copies are {@code BucketMirror}'s, as in the jar.
 * <p>
 * The instance installs its own JVM-wide security context strategy (Vaadin): callers put the shared test
 * context's back afterwards.
 */
public final class BackupDrill {

    private BackupDrill() {
    }

    public static void dump(String jdbcUrl, Path file) {
        run("pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file=" + file, "--host=127.0.0.1",
                "--username=postgres", databaseName(jdbcUrl));
    }

    public static void restore(Path file, String jdbcUrl) {
        run("pg_restore", "--exit-on-error", "--no-owner", "--no-privileges", "--host=127.0.0.1",
                "--username=postgres", "--dbname=" + databaseName(jdbcUrl), file.toString());
    }

    /** The application on a restored database, with an empty embedded S3 server and no scheduled jobs. */
    public static ConfigurableApplicationContext startOn(String jdbcUrl) {
        try {
            Path emptyStore = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-objects")),
                    "restored-");
            return new SpringApplicationBuilder(OpenContestApplication.class).profiles("test")
                    .run("--spring.datasource.url=" + jdbcUrl, "--server.port=0", "--vaadin.productionMode=false",
                            "--opencontest.scheduling.enabled=false",
                            "--opencontest.storage.embedded-directory=" + emptyStore);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Verifies every stored receipt as a visitor would; returns how many there are. */
    public static int verifyEveryReceipt(ConfigurableApplicationContext node) {
        List<String> documents = node.getBean(JdbcTemplate.class).queryForList(
                "SELECT receipt_text || 'signature=' || receipt_signature FROM submission_version", String.class);
        ReceiptVerifier verifier = node.getBean(ReceiptVerifier.class);
        for (String document : documents) {
            assertThat(anonymously(() -> verifier.verify(document)).outcome()).as(document)
                    .isEqualTo(ReceiptCheck.Outcome.GENUINE_MATCHES);
        }
        return documents.size();
    }

    /** Re-hashes every object a module records and compares size and SHA-256; returns how many there are. */
    public static int checkEveryStoredObject(ConfigurableApplicationContext node, ObjectStorage original) {
        ObjectStorage storage = node.getBean(ObjectStorage.class);
        int checked = 0;
        for (StoredObjectSource objects : node.getBeansOfType(StoredObjectSource.class).values()) {
            for (ExpectedObject expected : objects.after("", Integer.MAX_VALUE)) {
                Optional<ContentDigest> before = original.rehash(expected.key());
                Optional<ContentDigest> after = storage.rehash(expected.key());
                if (before.isPresent() && expected.matches(before.get().size(), before.get().sha256())) {
                    ContentDigest actual = after
                            .orElseThrow(() -> new AssertionError(expected.key() + " missing after the restore"));
                    assertThat(expected.matches(actual.size(), actual.sha256())).as(expected.key()).isTrue();
                } else {
                    // damaged or removed on purpose by another test of the shared installation: restored as it was
                    assertThat(after).as(expected.key()).isEqualTo(before);
                }
                checked++;
            }
        }
        return checked;
    }

    private static String databaseName(String jdbcUrl) {
        return URI.create(jdbcUrl.substring("jdbc:".length())).getPath().substring(1);
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(30, TimeUnit.MINUTES)).isTrue();
            assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
