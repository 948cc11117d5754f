package org.opencontest.storage.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.MinioException;
import io.minio.messages.Item;
import org.opencontest.shared.hash.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the whole bucket to a directory and back, with checksums, through the MinIO SDK (no {@code mc} needed).
 * <p>
 * The directory holds {@code objects/<key>} and {@code manifest.tsv}: one line per object, {@code sha256 TAB size
 * TAB content-type TAB key}, in key order. A backup into a directory that already holds one copies only objects it
 * does not have (keys are generated and never reused, so a key with the same size is the same object); every
 * object it copies is hashed while it streams to disk. A restore checks each file against the manifest before it
 * uploads it and refuses a damaged backup. Check a copy by hand with
 * {@code awk -F'\t' '{print $1"  objects/"$4}' manifest.tsv | sha256sum -c}.
 */
public class BucketMirror {

    static final String MANIFEST = "manifest.tsv";
    private static final Logger LOG = LoggerFactory.getLogger(BucketMirror.class);
    private static final long PART_SIZE = 16L * 1024 * 1024;

    private final MinioClient client;
    private final Bucket bucket;

    BucketMirror(MinioClient client, Bucket bucket) {
        this.client = client;
        this.bucket = bucket;
    }

    /** What a backup or restore did. */
    public record Copied(int objects, int transferred, long bytes) {
    }

    /** Mirrors every object of the bucket into {@code directory} and writes its manifest. */
    public Copied backup(Path directory) {
        try {
            Files.createDirectories(directory);
            Map<String, Entry> previous = readManifest(directory);
            Path manifest = directory.resolve(MANIFEST + ".partial");
            int objects = 0;
            int transferred = 0;
            long bytes = 0;
            try (BufferedWriter out = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
                for (Result<Item> result : client.listObjects(ListObjectsArgs.builder().bucket(bucket.name())
                        .recursive(true).build())) {
                    Item item = result.get();
                    Path file = objectFile(directory, item.objectName());
                    Entry known = previous.get(item.objectName());
                    Entry entry = known != null && known.size() == item.size() && Files.isRegularFile(file)
                            && Files.size(file) == item.size() ? known : download(item.objectName(), file);
                    if (entry != known) {
                        transferred++;
                        bytes += entry.size();
                    }
                    out.write(entry.line());
                    out.newLine();
                    objects++;
                }
            }
            Files.move(manifest, directory.resolve(MANIFEST), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Bucket '{}' backed up to {}: {} objects, {} copied now ({} bytes)", bucket.name(), directory,
                    objects, transferred, bytes);
            return new Copied(objects, transferred, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MinioException | GeneralSecurityException e) {
            throw new IllegalStateException("Backing up bucket '" + bucket.name() + "' failed", e);
        }
    }

    /**
     * Uploads every object of the backup in {@code directory} to the bucket (created when missing) under its key,
     * after checking its SHA-256 against the manifest; stops at the first file that does not match.
     */
    public Copied restore(Path directory) {
        bucket.ensureExists();
        try {
            Map<String, Entry> entries = readManifest(directory);
            if (entries.isEmpty()) {
                throw new IllegalStateException("No " + MANIFEST + " in " + directory);
            }
            long bytes = 0;
            for (Entry entry : entries.values()) {
                Path file = objectFile(directory, entry.key());
                String actual = sha256(file);
                if (!actual.equals(entry.sha256()) || Files.size(file) != entry.size()) {
                    throw new IllegalStateException("Backup file " + file + " does not match its manifest line");
                }
                try (InputStream in = Files.newInputStream(file)) {
                    client.putObject(PutObjectArgs.builder().bucket(bucket.name()).object(entry.key())
                            .stream(in, entry.size(), -1).contentType(entry.contentType()).build());
                }
                bytes += entry.size();
            }
            LOG.info("Bucket '{}' restored from {}: {} objects ({} bytes)", bucket.name(), directory, entries.size(),
                    bytes);
            return new Copied(entries.size(), entries.size(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MinioException | GeneralSecurityException e) {
            throw new IllegalStateException("Restoring bucket '" + bucket.name() + "' failed", e);
        }
    }

    private Entry download(String key, Path file) throws IOException, MinioException, GeneralSecurityException {
        StatObjectResponse stat = client.statObject(StatObjectArgs.builder().bucket(bucket.name()).object(key).build());
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        MessageDigest digest = Sha256.newDigest();
        long size;
        try (InputStream in = new DigestInputStream(client.getObject(GetObjectArgs.builder().bucket(bucket.name())
                .object(key).build()), digest); OutputStream out = Files.newOutputStream(partial)) {
            size = in.transferTo(out);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        return new Entry(Sha256.hex(digest), size, stat.contentType(), key);
    }

    private static Map<String, Entry> readManifest(Path directory) throws IOException {
        Path manifest = directory.resolve(MANIFEST);
        Map<String, Entry> entries = new java.util.LinkedHashMap<>();
        if (Files.exists(manifest)) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                Entry entry = Entry.parse(line);
                entries.put(entry.key(), entry);
            }
        }
        return entries;
    }

    /** Keys are generated ({@code ObjectKeys}), but a key that climbs out of the directory is refused anyway. */
    private static Path objectFile(Path directory, String key) {
        Path root = directory.resolve("objects").normalize();
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root) || key.contains("\t") || key.contains("\n")) {
            throw new IllegalStateException("Refusing object key " + key);
        }
        return file;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return Sha256.hex(digest);
    }

    private record Entry(String sha256, long size, String contentType, String key) {

        static Entry parse(String line) {
            List<String> fields = List.of(line.split("\t", 4));
            if (fields.size() != 4) {
                throw new IllegalStateException("Malformed manifest line: " + line);
            }
            return new Entry(fields.get(0), Long.parseLong(fields.get(1)), fields.get(2), fields.get(3));
        }

        String line() {
            return sha256 + "\t" + size + "\t" + contentType + "\t" + key;
        }
    }
}
