package org.opencontest.storage.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import io.minio.http.Method;
import io.minio.messages.Item;
import io.minio.messages.Upload;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.text.FileNames;
import org.opencontest.storage.ContentDigest;
import org.opencontest.storage.ListedObject;
import org.opencontest.storage.ObjectStorage;
import org.opencontest.storage.ObjectTooLargeException;
import org.opencontest.storage.StorageUnavailableException;
import org.opencontest.storage.StoredObject;
import org.opencontest.storage.UploadRefusedException;
import org.opencontest.storage.UploadRefusedException.Reason;
import org.opencontest.storage.UploadRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;

/**
 * {@link ObjectStorage} over the MinIO SDK, against MinIO, any S3 server or the embedded S3Proxy.
 * <p>
 * <b>Security:</b> this is infrastructure. It performs no authorisation of its own: the calling module's service
 * has already decided that the current user may store, read or delete the object, and it never passes user input as
 * a key. What this class does enforce is that keys stay keys: prefixes and keys are limited to relative
 * {@code [A-Za-z0-9/_-]} paths (no {@code ..}, no absolute paths), user file names never become part of a key, and
 * names are cleaned before they go into a {@code Content-Disposition}. User file names are never stored with the
 * object (its metadata would travel with every presigned download, where a blind judge must not see a name that
 * names the team); the calling module keeps the name in its own row. Presigned links
 * always force {@code attachment}, so uploaded HTML or SVG is downloaded, not rendered, from the store's origin.
 * <p>
 * <b>Uploads</b> stream with bounded memory: the SDK buffers one part ({@code opencontest.storage.part-size}) at a
 * time. Every upload passes the {@link UploadGuard}: its head is sniffed before anything is stored, so a refused
 * type or a name that contradicts the content stops the upload after 64 KiB, and the size limit cuts it off at the
 * limit. A name with control characters is refused before a byte is read. The SHA-256 is known only at the end of the stream, so it is
 * written afterwards as a tiny digest object beside it ({@code digests/<key>}). A server-side copy of the object
 * onto itself with new metadata would be the other way, but S3 refuses such copies above 5 GiB and some servers
 * (S3Proxy) rewrite every byte for it. If anything fails, nothing stays: the SDK aborts its multipart upload on I/O failures (every failure of
 * the source reaches it as one), and the storage then aborts any incomplete upload left for the key and removes
 * the object.
 */
class MinioObjectStorage implements ObjectStorage {

    private static final Logger log = LoggerFactory.getLogger(MinioObjectStorage.class);
    /** Where a file's digest was kept before it moved into its own object; still read for older files. */
    private static final String META_SHA256 = "sha256";
    private static final String DIGEST_PREFIX = "digests/";
    private static final int DIGEST_HEX_LENGTH = 64;
    private static final Set<String> NOT_FOUND_CODES = Set.of("NoSuchKey", "NoSuchObject", "NoSuchBucket", "NotFound");
    private static final Duration MAX_LINK_EXPIRY = Duration.ofDays(7);
    /** One listing page per janitor run; stale uploads are rare, the next run takes the rest. */
    private static final int MAX_LISTED_UPLOADS = 1000;

    private final MinioClient client;
    /** Signs download links for the address browsers use, which may differ from the one the app talks to. */
    private final MinioClient presigner;
    private final MinioAsyncClient asyncClient;
    private final Bucket bucket;
    private final long partSize;
    private final StorageMetrics metrics;

    MinioObjectStorage(MinioClient client, MinioClient presigner, MinioAsyncClient asyncClient, Bucket bucket,
                       long partSize, StorageMetrics metrics) {
        this.client = client;
        this.presigner = presigner;
        this.asyncClient = asyncClient;
        this.bucket = bucket;
        this.partSize = partSize;
        this.metrics = metrics;
    }

    @Override
    public StoredObject put(String keyPrefix, InputStream content, String originalName, UploadRules rules) {
        Objects.requireNonNull(content, "content");
        String key = ObjectKeys.newKey(keyPrefix);
        if (FileNames.hasControlCharacters(originalName)) {
            throw new UploadRefusedException(Reason.UNSAFE_NAME, FileNames.recorded(originalName), null);
        }
        String name = FileNames.recorded(originalName);
        UploadGuard guard = new UploadGuard(content, name, rules);
        try {
            guard.inspect();
        } catch (IOException e) {
            throw uploadFailure(e, guard, rules.maxBytes());
        }
        bucket.ensureExists();
        metrics.uploadStarted();
        boolean stored = false;
        try {
            client.putObject(PutObjectArgs.builder()
                    .bucket(bucket.name())
                    .object(key)
                    .stream(guard, -1, partSize)
                    .contentType(guard.mediaType())
                    .build());
            String sha256 = guard.sha256Hex();
            recordDigest(key, sha256);
            stored = true;
            log.debug("Stored {} ({} bytes, {})", key, guard.size(), guard.mediaType());
            return new StoredObject(key, guard.size(), sha256, guard.mediaType(), name);
        } catch (Exception e) {
            discard(key);
            throw uploadFailure(e, guard, rules.maxBytes());
        } finally {
            metrics.uploadEnded(guard.size(), stored);
        }
    }

    @Override
    public InputStream get(String key) {
        ObjectKeys.requireValidKey(key);
        try {
            return client.getObject(GetObjectArgs.builder().bucket(bucket.name()).object(key).build());
        } catch (ErrorResponseException e) {
            if (isNotFound(e)) {
                throw new NotFoundException();
            }
            throw new StorageUnavailableException(e);
        } catch (MinioException | IOException | GeneralSecurityException e) {
            throw new StorageUnavailableException(e);
        }
    }

    @Override
    public Optional<StoredObject> stat(String key) {
        ObjectKeys.requireValidKey(key);
        try {
            StatObjectResponse stat = client.statObject(StatObjectArgs.builder().bucket(bucket.name()).object(key).build());
            Map<String, String> metadata = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            metadata.putAll(stat.userMetadata());
            // objects stored before digests moved beside them still carry the digest in their metadata
            String sha256 = metadata.containsKey(META_SHA256) ? metadata.get(META_SHA256) : readDigest(key);
            return Optional.of(new StoredObject(key, stat.size(), sha256, stat.contentType(), null));
        } catch (ErrorResponseException e) {
            if (isNotFound(e)) {
                return Optional.empty();
            }
            throw new StorageUnavailableException(e);
        } catch (MinioException | IOException | GeneralSecurityException e) {
            throw new StorageUnavailableException(e);
        }
    }

    @Override
    public Optional<ContentDigest> rehash(String key) {
        ObjectKeys.requireValidKey(key);
        try (DigestingLimitedInputStream measured = new DigestingLimitedInputStream(get(key), Long.MAX_VALUE)) {
            measured.transferTo(OutputStream.nullOutputStream());
            return Optional.of(new ContentDigest(measured.size(), measured.sha256Hex()));
        } catch (NotFoundException missing) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StorageUnavailableException(e);
        }
    }

    @Override
    public List<ListedObject> list(String startAfter, int limit) {
        List<ListedObject> listed = new ArrayList<>();
        try {
            ListObjectsArgs.Builder args = ListObjectsArgs.builder().bucket(bucket.name()).recursive(true)
                    .maxKeys(Math.min(limit, 1000));
            if (!startAfter.isEmpty()) {
                args.startAfter(startAfter);
            }
            for (Result<Item> result : client.listObjects(args.build())) {
                Item item = result.get();
                if (!item.objectName().startsWith(DIGEST_PREFIX)) {
                    listed.add(new ListedObject(item.objectName(), item.lastModified().toInstant()));
                }
                if (listed.size() == limit) {
                    break;
                }
            }
            return listed;
        } catch (MinioException | IOException | GeneralSecurityException e) {
            throw new StorageUnavailableException(e);
        }
    }

    @Override
    public URI presignedGet(String key, Duration expiry, String downloadName) {
        ObjectKeys.requireValidKey(key);
        if (expiry.compareTo(Duration.ofSeconds(1)) < 0 || expiry.compareTo(MAX_LINK_EXPIRY) > 0) {
            throw new IllegalArgumentException("Link expiry must be between 1 second and 7 days: " + expiry);
        }
        String disposition = attachment(FileNames.safeSegment(FileNames.baseName(downloadName), "download"));
        try {
            metrics.presignedDownloadIssued();
            return URI.create(presigner.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                    .method(Method.GET)
                    .bucket(bucket.name())
                    .object(key)
                    .expiry((int) expiry.toSeconds(), TimeUnit.SECONDS)
                    .extraQueryParams(Map.of("response-content-disposition", disposition))
                    .build()));
        } catch (MinioException | IOException | GeneralSecurityException e) {
            throw new StorageUnavailableException(e);
        }
    }

    /**
     * {@code attachment} with the name as it is for an ASCII name; otherwise with the exact UTF-8 name as RFC 5987
     * {@code filename*} (RFC 6266), which browsers prefer, so a Chinese name is saved as it was uploaded.
     */
    static String attachment(String downloadName) {
        ContentDisposition.Builder attachment = ContentDisposition.attachment();
        return (StandardCharsets.US_ASCII.newEncoder().canEncode(downloadName) ? attachment.filename(downloadName)
                : attachment.filename(downloadName, StandardCharsets.UTF_8)).build().toString();
    }

    /** Idempotent: deleting a missing object succeeds. */
    @Override
    public void delete(String key) {
        ObjectKeys.requireValidKey(key);
        try {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket.name()).object(key).build());
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket.name()).object(digestKey(key)).build());
        } catch (MinioException | IOException | GeneralSecurityException e) {
            throw new StorageUnavailableException(e);
        }
    }

    @Override
    public int abortStaleUploads(Instant startedBefore) {
        int aborted = 0;
        try {
            for (Upload upload : asyncClient.listMultipartUploadsAsync(bucket.name(), null, null, null, null,
                    MAX_LISTED_UPLOADS, null, null, null, null).get().result().uploads()) {
                if (upload.initiated() != null && upload.initiated().toInstant().isBefore(startedBefore)) {
                    asyncClient.abortMultipartUploadAsync(bucket.name(), null, upload.objectName(), upload.uploadId(),
                            null, null).get();
                    log.info("Aborted the incomplete multipart upload of {} started {}", upload.objectName(),
                            upload.initiated());
                    aborted++;
                }
            }
            return aborted;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageUnavailableException(e);
        } catch (ExecutionException | MinioException | IOException | GeneralSecurityException e) {
            throw new StorageUnavailableException(e);
        }
    }

    /** The digest is known only after the upload; it goes into a small object of its own beside the content. */
    private void recordDigest(String key, String sha256) throws MinioException, IOException, GeneralSecurityException {
        byte[] digest = sha256.getBytes(StandardCharsets.US_ASCII);
        client.putObject(PutObjectArgs.builder()
                .bucket(bucket.name())
                .object(digestKey(key))
                .stream(new ByteArrayInputStream(digest), digest.length, -1)
                .contentType("text/plain")
                .build());
    }

    /** The recorded digest, or null when none was recorded (the upload did not finish). */
    private String readDigest(String key) throws MinioException, IOException, GeneralSecurityException {
        try (InputStream in = client.getObject(GetObjectArgs.builder().bucket(bucket.name()).object(digestKey(key))
                .build())) {
            return new String(in.readNBytes(DIGEST_HEX_LENGTH), StandardCharsets.US_ASCII);
        } catch (ErrorResponseException e) {
            if (isNotFound(e)) {
                return null;
            }
            throw e;
        }
    }

    private static String digestKey(String key) {
        return DIGEST_PREFIX + key;
    }

    /**
     * Removes what a failed upload may have left: an incomplete multipart upload (the SDK aborts its own on I/O
     * failures; this catches the rest) and the object. Best effort: when the store itself is down this fails too,
     * MinIO expires stale multipart uploads and the integrity scrub removes objects that no row references.
     */
    private void discard(String key) {
        try {
            for (Upload upload : asyncClient.listMultipartUploadsAsync(bucket.name(), null, null, null, null, null,
                    key, null, null, null).get().result().uploads()) {
                if (key.equals(upload.objectName())) {
                    asyncClient.abortMultipartUploadAsync(bucket.name(), null, key, upload.uploadId(), null, null).get();
                }
            }
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket.name()).object(key).build());
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket.name()).object(digestKey(key)).build());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Interrupted while removing the remains of the failed upload {}", key);
        } catch (Exception e) {
            log.warn("Could not remove the remains of the failed upload {}: {}", key, e.toString());
        }
    }

    private static RuntimeException uploadFailure(Exception failure, UploadGuard guard, long maxBytes) {
        if (guard.limitExceeded()) {
            return new ObjectTooLargeException(maxBytes);
        }
        Throwable source = guard.sourceFailure();
        if (source instanceof RuntimeException runtime) {
            return runtime;
        }
        if (source instanceof IOException io) {
            return new UncheckedIOException("Reading the uploaded content failed; nothing was stored", io);
        }
        if (failure instanceof StorageUnavailableException unavailable) {
            return unavailable;
        }
        return new StorageUnavailableException(failure);
    }

    private static boolean isNotFound(ErrorResponseException e) {
        return NOT_FOUND_CODES.contains(e.errorResponse().code());
    }
}
