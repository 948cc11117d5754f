package org.opencontest.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.errors.ErrorResponseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.unit.DataSize;

/** The embedded S3 server's own credentials and its way around a taken port, without Spring. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedS3ServerTest {

    /** What earlier versions shipped in application.yml for everyone. */
    private static final S3Credentials PUBLISHED_DEFAULTS = new S3Credentials("opencontest", "opencontest-secret");

    @TempDir Path data;

    @Test
    void theFirstStartGeneratesOwnerOnlyCredentialsThatLaterStartsReuseAndTheDefaultsOpenNothing() throws Exception {
        StorageProperties noKeys = new StorageProperties("http://127.0.0.1:9000", "", "", "", "opencontest",
                "us-east-1", true, data.resolve("objects").toString(), 0,
                data.resolve("keys/embedded-s3.properties").toString(), DataSize.ofMegabytes(8));

        S3Credentials generated = S3Credentials.of(noKeys);
        assertThat(generated.accessKey()).isNotBlank().isNotEqualTo(PUBLISHED_DEFAULTS.accessKey());
        assertThat(generated.secretKey()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                data.resolve("keys/embedded-s3.properties")))).isEqualTo("rw-------");

        try (EmbeddedS3Server server = EmbeddedS3Server.start(data.resolve("objects"), 0, generated.accessKey(),
                generated.secretKey())) {
            client(server, generated).makeBucket(MakeBucketArgs.builder().bucket("opencontest").build());
            assertThatThrownBy(() -> client(server, PUBLISHED_DEFAULTS)
                    .bucketExists(BucketExistsArgs.builder().bucket("opencontest").build()))
                    .isInstanceOf(ErrorResponseException.class);
        }

        S3Credentials nextStart = S3Credentials.of(noKeys);
        assertThat(nextStart).isEqualTo(generated);
        try (EmbeddedS3Server server = EmbeddedS3Server.start(data.resolve("objects"), 0, nextStart.accessKey(),
                nextStart.secretKey())) {
            assertThat(client(server, nextStart).bucketExists(BucketExistsArgs.builder().bucket("opencontest").build()))
                    .as("the objects of the first start are still reachable").isTrue();
        }
    }

    @Test
    void aTakenPortFallsBackToAFreeOneAndSaysSo(CapturedOutput output) throws Exception {
        S3Credentials credentials = S3Credentials.loadOrCreate(data.resolve("embedded-s3.properties"));
        try (ServerSocket firstInstance = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
             EmbeddedS3Server second = EmbeddedS3Server.start(data.resolve("objects"), firstInstance.getLocalPort(),
                     credentials.accessKey(), credentials.secretKey())) {
            int taken = firstInstance.getLocalPort();
            assertThat(second.endpoint().getPort()).isNotEqualTo(taken).isPositive();
            assertThat(client(second, credentials).bucketExists(BucketExistsArgs.builder().bucket("none").build()))
                    .isFalse();
            assertThat(output).contains("Port " + taken + " on 127.0.0.1 is taken")
                    .contains("listens on port " + second.endpoint().getPort() + " instead");
        }
    }

    private static MinioClient client(EmbeddedS3Server server, S3Credentials credentials) {
        return MinioClient.builder().endpoint(server.endpoint().toString()).region("us-east-1")
                .credentials(credentials.accessKey(), credentials.secretKey()).build();
    }
}
