package org.opencontest.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.anonymously;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

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
 * config/backup.sh and config/restore.sh for tests and the restore benchmark: the scripts themselves run as
 * processes ({@link #backupScript}, {@link #restoreScript}; the application from this build's class path with the
 * prod profile), or their steps in this JVM (the same pg_dump and pg_restore options against the local PostgreSQL;
 * the bucket copies are {@code BucketMirror}'s, as in the scripts); then an application instance on the restored
 * database and bucket, and the checks that prove a restore good.
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

    /**
     * What the scripts and the nodes of one installation are given (the prod profile's variables): a PostgreSQL
     * database of the local server, a bucket on an S3 server and the receipt key secret.
     */
    public record Installation(String jdbcUrl, URI s3Endpoint, String accessKey, String secretKey, String bucket,
                               String receiptKeySecret) {

        /** The same S3 server and secret with another database and bucket, e.g. fresh ones to restore into. */
        public Installation on(String otherJdbcUrl, String otherBucket) {
            return new Installation(otherJdbcUrl, s3Endpoint, accessKey, secretKey, otherBucket, receiptKeySecret);
        }

        private Map<String, String> environment() {
            URI server = URI.create(jdbcUrl.substring("jdbc:".length()));
            return Map.ofEntries(Map.entry("PGHOST", server.getHost()),
                    Map.entry("PGPORT", String.valueOf(server.getPort())), Map.entry("PGUSER", "postgres"),
                    Map.entry("PGDATABASE", databaseName(jdbcUrl)), Map.entry("DB_URL", jdbcUrl),
                    Map.entry("DB_USER", "postgres"), Map.entry("DB_PASSWORD", ""),
                    Map.entry("S3_ENDPOINT", s3Endpoint.toString()), Map.entry("S3_ACCESS_KEY", accessKey),
                    Map.entry("S3_SECRET_KEY", secretKey), Map.entry("S3_BUCKET", bucket),
                    Map.entry("RECEIPT_KEY_SECRET", receiptKeySecret));
        }
    }

    /** Runs {@code config/backup.sh target} against {@code source}; returns its output (it fails the test if the script does). */
    public static String backupScript(Installation source, Path target) {
        return script(source, "config/backup.sh", target.toString());
    }

    /** Runs {@code config/restore.sh backup} into {@code target}'s (empty) database and bucket; returns its output. */
    public static String restoreScript(Path backup, Installation target) {
        return script(target, "config/restore.sh", backup.toString());
    }

    /**
     * The application on a restored database, with an empty embedded S3 server, no scheduled jobs and no
     * republished events.
     */
    public static ConfigurableApplicationContext startOn(String jdbcUrl) {
        try {
            Path emptyStore = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-objects")),
                    "restored-");
            return start(jdbcUrl, "--opencontest.storage.embedded-directory=" + emptyStore);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The application on a restored installation (its database and its bucket), with no scheduled jobs and no
     * republished events.
     */
    public static ConfigurableApplicationContext startOn(Installation restored) {
        return start(restored.jdbcUrl(), "--opencontest.storage.embedded=false",
                "--opencontest.storage.endpoint=" + restored.s3Endpoint(),
                "--opencontest.storage.access-key=" + restored.accessKey(),
                "--opencontest.storage.secret-key=" + restored.secretKey(),
                "--opencontest.storage.bucket=" + restored.bucket(),
                "--opencontest.submission.receipt-key-secret=" + restored.receiptKeySecret());
    }

    /**
     * The drill's node only checks the restore, like the operator commands of config/command.sh: no scheduled jobs
     * and no republication of the publications the dump holds incomplete. The serving nodes started after a restore
     * republish those (their receipt mails are not in the dump yet); a checking node that did so would send the
     * restored installation's mails and, in the benchmark, queue every incomplete publication of a surge in the
     * test JVM's heap while it restores the bucket.
     */
    private static ConfigurableApplicationContext start(String jdbcUrl, String... storage) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl, "--server.port=0",
                "--vaadin.productionMode=false", "--opencontest.scheduling.enabled=false",
                "--spring.modulith.events.republish-outstanding-events-on-restart=false"));
        args.addAll(List.of(storage));
        return new SpringApplicationBuilder(OpenContestApplication.class).profiles("test")
                .run(args.toArray(String[]::new));
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

    /**
     * A script of config/ as an operator runs it, with the installation's variables; the application it starts is
     * {@link #application()} on this JVM; by default this build's main classes and dependencies (not the tests':
     * their configurations would be scanned too), so no jar has to be packaged.
     */
    private static String script(Installation installation, String script, String... args) {
        List<String> command = new ArrayList<>(List.of("sh", script));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        builder.environment().putAll(installation.environment());
        builder.environment().putAll(Map.of("JAVA_HOME", System.getProperty("java.home"),
                // a command runs once and briefly: the C1 compiler starts it sooner
                "JAVA_OPTS", "-XX:TieredStopAtLevel=1 -Xmx512m"));
        builder.environment().putAll(application());
        return run(builder);
    }

    /**
     * The application the scripts run: a packaged jar when {@code -Dopencontest.jar=...} names one (the fat jar or
     * the Dockerfile's extracted one, as a deployment has it), else this build's class path.
     */
    private static Map<String, String> application() {
        String jar = System.getProperty("opencontest.jar", "");
        if (!jar.isBlank()) {
            assertThat(Path.of(jar)).as("opencontest.jar").isRegularFile();
            return Map.of("OPENCONTEST_JAR", Path.of(jar).toAbsolutePath().toString());
        }
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith(Path.of("target", "test-classes")))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(classPath).as("the build's classes on the test class path").contains("classes");
        return Map.of("OPENCONTEST_CLASSPATH", classPath);
    }

    private static void run(String... command) {
        run(new ProcessBuilder(command));
    }

    private static String run(ProcessBuilder builder) {
        try {
            Process process = builder.redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(30, TimeUnit.MINUTES)).isTrue();
            assertThat(process.exitValue())
                    .as(String.join(" ", builder.command()) + "\n" + output.substring(Math.max(0, output.length() - 20_000)))
                    .isZero();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
