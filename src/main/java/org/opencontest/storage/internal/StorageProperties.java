package org.opencontest.storage.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code opencontest.storage.*}: where the object store is and how uploads are cut into parts.
 *
 * @param endpoint          S3 endpoint when not embedded (MinIO or any S3 server)
 * @param publicEndpoint    the S3 address browsers reach, for presigned links; blank means the same as the app's
 * @param region            region used for signing; fixed so that presigning never needs a network round trip
 * @param embedded          start the in-process S3 server (S3Proxy with a filesystem backend) and use it
 * @param embeddedDirectory where the embedded server keeps its files
 * @param embeddedPort      port of the embedded server on 127.0.0.1; 0 (or a taken port) picks a free one
 * @param embeddedCredentialsFile where the embedded server's generated key pair is kept (when no keys are set)
 * @param partSize          multipart part size; the SDK holds one part per running upload in memory, so this bounds
 *                          an upload's memory (S3 allows 5 MiB to 5 GiB)
 */
@ConfigurationProperties("opencontest.storage")
public record StorageProperties(
        @DefaultValue("http://127.0.0.1:9000") String endpoint,
        @DefaultValue("") String publicEndpoint,
        @DefaultValue("") String accessKey,
        @DefaultValue("") String secretKey,
        @DefaultValue("opencontest") String bucket,
        @DefaultValue("us-east-1") String region,
        @DefaultValue("false") boolean embedded,
        @DefaultValue("./data/objects") String embeddedDirectory,
        @DefaultValue("9000") int embeddedPort,
        @DefaultValue("./data/keys/embedded-s3.properties") String embeddedCredentialsFile,
        @DefaultValue("8MB") DataSize partSize) {

    private static final DataSize MIN_PART_SIZE = DataSize.ofMegabytes(5);
    private static final DataSize MAX_PART_SIZE = DataSize.ofGigabytes(5);

    public StorageProperties {
        if (partSize.compareTo(MIN_PART_SIZE) < 0 || partSize.compareTo(MAX_PART_SIZE) > 0) {
            throw new IllegalArgumentException(
                    "opencontest.storage.part-size must be between 5MB and 5GB (S3 limits), was " + partSize);
        }
        if (embeddedPort < 0 || embeddedPort > 65535) {
            throw new IllegalArgumentException("opencontest.storage.embedded-port must be 0..65535, was " + embeddedPort);
        }
    }
}
