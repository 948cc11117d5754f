package org.opencontest.storage;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.minio.ListObjectsArgs;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import io.minio.messages.Upload;
import org.junit.jupiter.api.Test;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.storage.internal.EmbeddedS3Server;
import org.opencontest.storage.internal.S3Credentials;
import org.opencontest.storage.internal.StorageProperties;
import org.opencontest.support.IntegrationTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.http.ContentDisposition;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The storage module against the embedded S3 server, through the MinIO SDK and plain HTTP, as in production. */
class ObjectStorageIT extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(ObjectStorageIT.class);
    private static final long MB = 1024 * 1024;
    private static final long GB = 1024 * MB;
    /** A presigned link's {@code X-Amz-Date}, e.g. 20261205T103512Z. */
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    /** The smallest valid PNG header: signature and the start of the IHDR chunk. */
    private static final byte[] PNG_HEADER = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
            0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};

    private final HttpClient http = HttpClient.newHttpClient();
    private final String prefix = "it/storage/" + UUID.randomUUID().toString().replace("-", "");

    @Autowired
    private ObjectStorage storage;
    @Autowired
    private MinioClient minio;
    @Autowired
    private StorageProperties properties;
    @Autowired
    private EmbeddedS3Server server;
    @Autowired
    private S3Credentials credentials;
    @Autowired
    private HealthEndpoint health;
    @Autowired
    private MinioAsyncClient asyncMinio;

    @Test
    void hundredMegabytesRoundTripWithIndependentlyComputedDigest() throws Exception {
        long size = 100 * MB;
        String expectedSha256 = sha256Hex(new PseudoRandomInputStream(42, size));

        HeapWatch heap = HeapWatch.start();
        long started = System.nanoTime();
        StoredObject stored = storage.put(prefix, new PseudoRandomInputStream(42, size), "交通数据 2015.bin", size);
        long putMillis = (System.nanoTime() - started) / 1_000_000;
        heap.stop();

        assertThat(stored.size()).isEqualTo(size);
        assertThat(stored.sha256()).isEqualTo(expectedSha256);
        assertThat(stored.mediaType()).isEqualTo("application/octet-stream");
        assertThat(stored.originalName()).isEqualTo("交通数据 2015.bin");
        assertThat(stored.key()).matches(prefix + "/" + UUID_PATTERN);
        assertThat(storage.stat(stored.key())).contains(new StoredObject(stored.key(), size, expectedSha256,
                "application/octet-stream", null));

        started = System.nanoTime();
        try (InputStream in = storage.get(stored.key())) {
            assertThat(sha256Hex(in)).isEqualTo(expectedSha256);
        }
        long getMillis = (System.nanoTime() - started) / 1_000_000;
        log.info("100 MB round trip: put {} ms, get {} ms; heap used before {} MB, peak during put {} MB",
                putMillis, getMillis, heap.before / MB, heap.peak.get() / MB);
        storage.delete(stored.key());
    }

    @Test
    void presignedLinkServesTheBytesAsAnAttachmentWithTheOriginalChineseName() throws Exception {
        byte[] content = "区,事故数\n浦东,12\n".getBytes(StandardCharsets.UTF_8);
        StoredObject stored = storage.put(prefix, new ByteArrayInputStream(content), "上海交通 事故.csv", MB);

        HttpResponse<byte[]> response = fetch(storage.presignedGet(stored.key(), Duration.ofMinutes(5),
                stored.originalName()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(content);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        String disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment;");
        assertThat(encodedFilename(disposition)).isEqualTo("上海交通 事故.csv");
    }

    @Test
    void forgedLinksAreRefused() throws Exception {
        StoredObject stored = storage.put(prefix, new ByteArrayInputStream(new byte[] {1, 2, 3}), "a.bin", MB);
        URI valid = storage.presignedGet(stored.key(), Duration.ofMinutes(5), "a.bin");

        URI forged = URI.create(valid.toString()
                .replaceAll("X-Amz-Signature=[0-9a-f]+", "X-Amz-Signature=" + "0".repeat(64)));
        URI otherName = URI.create(valid.toString().replace("a.bin", "b.bin"));
        URI otherObject = URI.create(valid.toString().replace(stored.key(), prefix + "/" + UUID.randomUUID()));

        assertThat(fetch(valid).statusCode()).isEqualTo(200);
        assertThat(fetch(forged).statusCode()).isEqualTo(403);
        assertThat(fetch(otherName).statusCode()).isEqualTo(403);
        assertThat(fetch(otherObject).statusCode()).isEqualTo(403);
    }

    @Test
    void expiredLinksAreRefused() throws Exception {
        StoredObject stored = storage.put(prefix, new ByteArrayInputStream(new byte[] {1, 2, 3}), "a.bin", MB);
        // the link's date has whole seconds, so it is valid 2 to 3 s from now: enough for one local request
        URI shortLived = storage.presignedGet(stored.key(), Duration.ofSeconds(3), "a.bin");
        assertThat(fetch(shortLived).statusCode()).as("before it expires").isEqualTo(200);

        // S3Proxy refuses the link once the system clock's whole seconds reach its date plus X-Amz-Expires (not
        // our clock): wait until exactly then, read from the link itself, instead of a fixed margin
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUri(shortLived).build().getQueryParams();
        assertThat(query.getFirst("X-Amz-Expires")).isEqualTo("3");
        Instant expires = LocalDateTime.parse(query.getFirst("X-Amz-Date"), AMZ_DATE).toInstant(ZoneOffset.UTC)
                .plusSeconds(3);
        Thread.sleep(Math.max(0, expires.toEpochMilli() - System.currentTimeMillis()));

        assertThat(fetch(shortLived).statusCode()).as("after it expired").isEqualTo(403);
    }

    @Test
    void oversizedStreamIsStoppedWhileStreamingAndLeavesNothing() throws Exception {
        long maxBytes = 12 * MB;
        PseudoRandomInputStream content = new PseudoRandomInputStream(7, 200 * MB);

        assertThatThrownBy(() -> storage.put(prefix, content, "huge.bin", maxBytes))
                .isInstanceOf(ObjectTooLargeException.class);

        assertThat(content.position()).as("bytes read before the refusal").isLessThan(maxBytes + MB);
        assertNothingStoredUnderPrefix();
    }

    @Test
    void brokenClientStreamPropagatesItsErrorAndLeavesNothing() throws Exception {
        IOException clientGone = new IOException("client disconnected");
        PseudoRandomInputStream source = new PseudoRandomInputStream(3, 50 * MB);
        InputStream content = new FilterInputStream(source) {
            @Override
            public int read(byte[] buffer, int offset, int len) throws IOException {
                if (source.position() > 20 * MB) {
                    throw clientGone;
                }
                return super.read(buffer, offset, len);
            }
        };

        assertThatThrownBy(() -> storage.put(prefix, content, "partial.bin", 100 * MB))
                .isInstanceOf(UncheckedIOException.class)
                .hasCause(clientGone);

        assertNothingStoredUnderPrefix();
    }

    @Test
    void hostileFileNamesStayMetadataAndDownloadSafely() throws Exception {
        record Case(String given, String kept, String downloadedAs) {
        }
        List<Case> cases = List.of(
                new Case("../../etc/passwd", "../../etc/passwd", "passwd"),
                new Case("C:\\Windows\\system32\\cmd.exe", "C:\\Windows\\system32\\cmd.exe", "cmd.exe"),
                new Case("say \"hi\" & 'bye'.txt", "say \"hi\" & 'bye'.txt", "say _hi_ & 'bye'.txt"),
                new Case("evil\u202Etxt.exe", "eviltxt.exe", "eviltxt.exe"),
                new Case("城市安全 数据集（2016）.zip", "城市安全 数据集（2016）.zip", "城市安全 数据集（2016）.zip"),
                new Case("..", "..", "download"),
                new Case(null, "", "download"));

        for (Case hostile : cases) {
            // one binary byte: content that no extension contradicts
            StoredObject stored = storage.put(prefix, new ByteArrayInputStream(new byte[] {0}), hostile.given(), MB);

            assertThat(stored.key()).matches(prefix + "/" + UUID_PATTERN);
            assertThat(stored.originalName()).isEqualTo(hostile.kept());
            assertThat(storage.stat(stored.key()).orElseThrow().originalName()).as("the store keeps no user names")
                    .isNull();
            HttpResponse<byte[]> response = fetch(storage.presignedGet(stored.key(), Duration.ofMinutes(1),
                    stored.originalName()));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().map().keySet()).as("no user metadata travels with a download")
                    .noneMatch(header -> header.toLowerCase(Locale.ROOT).startsWith("x-amz-meta-"));
            String disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
            assertThat(disposition).doesNotContain("\r", "\n").startsWith("attachment;");
            assertThat(encodedFilename(disposition)).as("download name for %s", hostile.given())
                    .isEqualTo(hostile.downloadedAs());
        }
    }

    @Test
    void mediaTypeComesFromTheContentAndTheNameMayOnlyNarrowIt() throws Exception {
        StoredObject png = storage.put(prefix, new ByteArrayInputStream(PNG_HEADER), "scan", MB);
        StoredObject csv = storage.put(prefix, new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII)),
                "data.csv", MB);

        assertThat(png.mediaType()).isEqualTo("image/png");
        assertThat(storage.stat(png.key()).orElseThrow().mediaType()).isEqualTo("image/png");
        assertThat(csv.mediaType()).as("text named .csv").isEqualTo("text/csv");
        assertThat(fetch(storage.presignedGet(png.key(), Duration.ofMinutes(1), "scan"))
                .headers().firstValue("Content-Type")).contains("image/png");
    }

    @Test
    void aNameThatContradictsTheContentIsRefusedAndLeavesNothing() throws Exception {
        byte[] eicar = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
                .getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> storage.put(prefix, new ByteArrayInputStream(eicar), "report.pdf", MB))
                .isInstanceOfSatisfying(UploadRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(UploadRefusedException.Reason.NAME_CONTRADICTS_CONTENT);
                    assertThat(refused.getArguments()).containsExactly("report.pdf", "TXT");
                });
        assertThatThrownBy(() -> storage.put(prefix, new ByteArrayInputStream(PNG_HEADER), "photo.jpg", MB))
                .isInstanceOf(UploadRefusedException.class);
        assertNothingStoredUnderPrefix();

        assertThat(storage.put(prefix, new ByteArrayInputStream(eicar), "eicar.txt", MB).mediaType())
                .isEqualTo("text/plain");
    }

    @Test
    void aRefusedTypeIsRefusedAfterTheHeadWithoutReadingTheRest() throws Exception {
        PseudoRandomInputStream rest = new PseudoRandomInputStream(11, 200 * MB);
        InputStream executable = new SequenceInputStream(new ByteArrayInputStream(
                "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000".getBytes(StandardCharsets.ISO_8859_1)), rest);

        assertThatThrownBy(() -> storage.put(prefix, executable, "tool.exe",
                UploadRules.ofTypes(GB, List.of("application/pdf"))))
                .isInstanceOfSatisfying(UploadRefusedException.class, refused -> assertThat(refused.reason())
                        .isEqualTo(UploadRefusedException.Reason.TYPE_NOT_ACCEPTED));

        assertThat(rest.position()).as("bytes read of 200 MB before the refusal").isLessThanOrEqualTo(64 * 1024);
        assertNothingStoredUnderPrefix();
    }

    @Test
    void controlCharactersInANameAreRefusedBeforeAnyByteIsRead() throws Exception {
        for (String name : List.of("report\u0000.pdf", "report\r\nX-Injected: yes.txt")) {
            PseudoRandomInputStream content = new PseudoRandomInputStream(1, MB);

            assertThatThrownBy(() -> storage.put(prefix, content, name, MB))
                    .isInstanceOfSatisfying(UploadRefusedException.class, refused -> assertThat(refused.reason())
                            .isEqualTo(UploadRefusedException.Reason.UNSAFE_NAME));
            assertThat(content.position()).isZero();
        }
        assertNothingStoredUnderPrefix();
    }

    @Test
    void deletedObjectsAreGoneWithTheirDigestAndDeletingTwiceIsFine() throws Exception {
        StoredObject stored = storage.put(prefix, new ByteArrayInputStream(new byte[] {1}), "x.bin", MB);
        assertThat(storage.stat(stored.key())).isPresent();

        storage.delete(stored.key());
        storage.delete(stored.key());

        assertThat(storage.stat(stored.key())).isEmpty();
        assertThatThrownBy(() -> storage.get(stored.key())).isInstanceOf(NotFoundException.class);
        assertNothingStoredUnderPrefix();
    }

    @Test
    void healthReportsTheBucketReachable() {
        assertThat(health.healthForPath("storage").getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void keysOutsideTheAllowedShapeAreRefusedBeforeAnythingIsStored() {
        for (String prefix : List.of("../escape", "/absolute", "a/../b", "a//b", "a/b.c", "a b", "", "x/\u4e2d")) {
            assertThatThrownBy(() -> storage.put(prefix, new ByteArrayInputStream(new byte[] {1}), "x", MB))
                    .as(prefix).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> storage.stat("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertNothingStoredUnderPrefix() throws Exception {
        List<String> objects = new ArrayList<>();
        for (String under : List.of(prefix + "/", "digests/" + prefix + "/")) {
            for (Result<Item> item : minio.listObjects(ListObjectsArgs.builder()
                    .bucket(properties.bucket()).prefix(under).recursive(true).build())) {
                objects.add(item.get().objectName());
            }
        }
        assertThat(objects).as("objects and their digests under " + prefix).isEmpty();

        MinioAsyncClient async = MinioAsyncClient.builder().endpoint(server.endpoint().toString())
                .region(properties.region()).credentials(credentials.accessKey(), credentials.secretKey()).build();
        try {
            assertThat(async.listMultipartUploadsAsync(properties.bucket(), null, null, null, null, null,
                    prefix + "/", null, null, null).get().result().uploads())
                    .as("incomplete multipart uploads under " + prefix).isEmpty();
        } finally {
            async.close();
        }
    }

    private HttpResponse<byte[]> fetch(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The file name a browser saves the download under ({@code filename*} when given, else {@code filename}). */
    private static String encodedFilename(String disposition) {
        return ContentDisposition.parse(disposition).getFilename();
    }

    private static String sha256Hex(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Samples the used heap while an upload runs; reported, not asserted (GC timing is not deterministic). */
    private static final class HeapWatch {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final long before = memory.getHeapMemoryUsage().getUsed();
        private final AtomicLong peak = new AtomicLong(before);
        private volatile boolean running = true;
        private Thread sampler;

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            watch.sampler = new Thread(() -> {
                while (watch.running) {
                    watch.peak.accumulateAndGet(watch.memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            watch.sampler.setDaemon(true);
            watch.sampler.start();
            return watch;
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
        }
    }

    /** What a killed S3 server or app node leaves: a multipart upload that never completes. The janitor aborts it. */
    @Test
    void staleIncompleteMultipartUploadsAreAbortedAndFreshOnesLeftAlone() throws Exception {
        String key = "it/multipart/" + UUID.randomUUID().toString().replace("-", "");
        String uploadId = asyncMinio.createMultipartUploadAsync(properties.bucket(), null, key, null, null).get()
                .result().uploadId();

        assertThat(storage.abortStaleUploads(Instant.now().minus(Duration.ofHours(1))))
                .as("started just now: not stale").isZero();
        assertThat(incompleteUploadsOf(key)).containsExactly(uploadId);

        assertThat(storage.abortStaleUploads(Instant.now().plus(Duration.ofMinutes(1)))).isPositive();
        assertThat(incompleteUploadsOf(key)).isEmpty();
    }

    private List<String> incompleteUploadsOf(String key) throws Exception {
        return asyncMinio.listMultipartUploadsAsync(properties.bucket(), null, null, null, null, 1000, key, null, null,
                null).get().result().uploads().stream().map(Upload::uploadId).toList();
    }
}
