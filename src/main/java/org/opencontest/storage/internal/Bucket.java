package org.opencontest.storage.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Set;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import org.opencontest.storage.StorageUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one bucket the application uses. It is created on startup if missing; when the store is not reachable then,
 * the first upload creates it, so a node that started before MinIO heals by itself.
 */
final class Bucket {

    private static final Logger log = LoggerFactory.getLogger(Bucket.class);
    /** What a concurrent creator (another node starting at the same moment) makes S3 answer. */
    private static final Set<String> CREATED_MEANWHILE = Set.of("BucketAlreadyOwnedByYou", "BucketAlreadyExists");

    private final MinioClient client;
    private final String name;
    private volatile boolean ready;

    Bucket(MinioClient client, String name) {
        this.client = client;
        this.name = name;
    }

    String name() {
        return name;
    }

    /** Creates the bucket unless it exists; idempotent and safe when several nodes start together. */
    void ensureExists() {
        if (ready) {
            return;
        }
        try {
            if (!exists()) {
                create();
            }
            ready = true;
        } catch (MinioException | IOException | GeneralSecurityException e) {
            throw new StorageUnavailableException(e);
        }
    }

    /** Startup variant: a store that is down must not stop the application; uploads retry the creation. */
    void ensureExistsOrWarn() {
        try {
            ensureExists();
        } catch (StorageUnavailableException e) {
            log.warn("Object store not reachable at startup; bucket '{}' will be checked again on the first upload: {}",
                    name, e.getCause().toString());
        }
    }

    /** Asks the store; throws when it cannot be reached. */
    boolean exists() throws MinioException, IOException, GeneralSecurityException {
        return client.bucketExists(BucketExistsArgs.builder().bucket(name).build());
    }

    private void create() throws MinioException, IOException, GeneralSecurityException {
        try {
            client.makeBucket(MakeBucketArgs.builder().bucket(name).build());
            log.info("Created bucket '{}'", name);
        } catch (ErrorResponseException e) {
            if (!CREATED_MEANWHILE.contains(e.errorResponse().code()) || !exists()) {
                throw e;
            }
        }
    }
}
