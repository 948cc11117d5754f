package org.opencontest.support;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.messages.Item;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Test-only: changes the object store behind the application's back, the way damage or an operator would: through
 * the MinIO SDK directly (no storage module in between) and, for an object's age, on the embedded S3 server's
 * filesystem. A plain component, so the shared test context is not forked.
 */
@Component
public class StoredObjects {

    private final MinioClient minio;
    private final String bucket;

    StoredObjects(MinioClient minio, @Value("${opencontest.storage.bucket}") String bucket) {
        this.minio = minio;
        this.bucket = bucket;
    }

    /** The keys of the objects under the prefix (e.g. one team's package), in key order. */
    public List<String> keysUnder(String prefix) throws Exception {
        List<String> keys = new ArrayList<>();
        for (Result<Item> item : minio.listObjects(ListObjectsArgs.builder().bucket(bucket).prefix(prefix)
                .recursive(true).build())) {
            keys.add(item.get().objectName());
        }
        return keys;
    }

    /** Rewrites the object with its last byte flipped: same size, different bytes, recorded digest untouched. */
    public void tamperSameSize(String key) throws Exception {
        byte[] bytes;
        try (InputStream in = minio.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build())) {
            bytes = in.readAllBytes();
        }
        bytes[bytes.length - 1] ^= 0x01;
        minio.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                .stream(new ByteArrayInputStream(bytes), bytes.length, -1).build());
    }

    /** Removes the object alone, as a lost disk would (the recorded digest beside it stays). */
    public void removeBehindTheApplication(String key) throws Exception {
        minio.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
    }

    /** Makes the embedded server report the object as last written {@code age} ago (its filesystem backend's mtime). */
    public void age(String key, Duration age) throws Exception {
        Path file = Path.of(ThrowawayObjectStore.directory(), bucket).resolve(key);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
    }
}
