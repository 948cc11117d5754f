package org.opencontest.storage.internal;

import java.nio.file.Path;

import io.micrometer.core.instrument.MeterRegistry;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.minio.http.HttpUtils;
import okhttp3.OkHttpClient;
import org.opencontest.shared.command.OperatorCommand;
import org.opencontest.storage.ObjectStorage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.PropertyResolver;

/** Wires the MinIO client (to the embedded S3 server or to {@code opencontest.storage.endpoint}) and the storage. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({StorageProperties.class, StorageTimeouts.class})
class StorageConfiguration {

    @Bean
    S3Credentials s3Credentials(StorageProperties properties) {
        return S3Credentials.of(properties);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "opencontest.storage.embedded", havingValue = "true")
    EmbeddedS3Server embeddedS3Server(StorageProperties properties, S3Credentials credentials) throws Exception {
        return EmbeddedS3Server.start(Path.of(properties.embeddedDirectory()), properties.embeddedPort(),
                credentials.accessKey(), credentials.secretKey());
    }

    /** With the embedded server, its actual endpoint (port 0 gives each Spring context its own server). */
    /** One connection pool for both clients that talk to the store; {@link StorageTimeouts} instead of 5 minutes. */
    @Bean
    OkHttpClient storageHttpClient(StorageTimeouts timeouts) {
        return HttpUtils.newDefaultHttpClient(timeouts.connect().toMillis(), timeouts.write().toMillis(),
                        timeouts.read().toMillis())
                .newBuilder()
                .addInterceptor(new StorageTimeoutLog())
                .build();
    }

    @Bean(destroyMethod = "close")
    @Primary
    MinioClient minioClient(StorageProperties properties, S3Credentials credentials,
                            ObjectProvider<EmbeddedS3Server> embedded, OkHttpClient storageHttpClient) {
        return MinioClient.builder()
                .endpoint(endpoint(properties, embedded))
                .region(properties.region())
                .credentials(credentials.accessKey(), credentials.secretKey())
                .httpClient(storageHttpClient)
                .build();
    }

    /**
     * Signs presigned links offline (the region is fixed) for {@code public-endpoint} when set, e.g. MinIO reached
     * as {@code minio:9000} by the app but as {@code localhost:9000} by browsers.
     */
    @Bean(destroyMethod = "close")
    MinioClient minioPresigner(StorageProperties properties, S3Credentials credentials,
                               ObjectProvider<EmbeddedS3Server> embedded) {
        String publicEndpoint = properties.publicEndpoint();
        return MinioClient.builder()
                .endpoint(publicEndpoint.isBlank() ? endpoint(properties, embedded) : publicEndpoint)
                .region(properties.region())
                .credentials(credentials.accessKey(), credentials.secretKey())
                .build();
    }

    /** Only for what the blocking client does not offer: finding and aborting incomplete multipart uploads. */
    @Bean(destroyMethod = "close")
    MinioAsyncClient minioAsyncClient(StorageProperties properties, S3Credentials credentials,
                                      ObjectProvider<EmbeddedS3Server> embedded, OkHttpClient storageHttpClient) {
        return MinioAsyncClient.builder()
                .endpoint(endpoint(properties, embedded))
                .region(properties.region())
                .credentials(credentials.accessKey(), credentials.secretKey())
                .httpClient(storageHttpClient)
                .build();
    }

    @Bean
    Bucket bucket(MinioClient minioClient, StorageProperties properties) {
        return new Bucket(minioClient, properties.bucket());
    }

    @Bean
    ObjectStorage objectStorage(MinioClient minioClient, @Qualifier("minioPresigner") MinioClient minioPresigner, MinioAsyncClient minioAsyncClient,
                                Bucket bucket, StorageProperties properties, MeterRegistry registry) {
        return new MinioObjectStorage(minioClient, minioPresigner, minioAsyncClient, bucket,
                properties.partSize().toBytes(), new StorageMetrics(registry));
    }

    /** Creates the bucket before the application serves anyone (runners and the first request come later). */
    @Bean
    ApplicationListener<ApplicationStartedEvent> bucketBootstrap(Bucket bucket) {
        return event -> bucket.ensureExistsOrWarn();
    }

    @Bean
    BucketMirror bucketMirror(MinioClient minioClient, Bucket bucket) {
        return new BucketMirror(minioClient, bucket);
    }

    /** {@code --opencontest.command=bucket-backup --opencontest.command-directory=DIR} (config/backup.sh). */
    @Bean
    OperatorCommand bucketBackupCommand(BucketMirror mirror) {
        return OperatorCommand.of("bucket-backup", options -> mirror.backup(commandDirectory(options)));
    }

    /** {@code --opencontest.command=bucket-restore --opencontest.command-directory=DIR} (config/restore.sh). */
    @Bean
    OperatorCommand bucketRestoreCommand(BucketMirror mirror) {
        return OperatorCommand.of("bucket-restore", options -> mirror.restore(commandDirectory(options)));
    }

    @Bean
    StorageHealthIndicator storageHealthIndicator(Bucket bucket) {
        return new StorageHealthIndicator(bucket);
    }

    private static Path commandDirectory(PropertyResolver options) {
        return Path.of(options.getRequiredProperty("opencontest.command-directory"));
    }

    private static String endpoint(StorageProperties properties, ObjectProvider<EmbeddedS3Server> embedded) {
        EmbeddedS3Server server = embedded.getIfAvailable();
        return server != null ? server.endpoint().toString() : properties.endpoint();
    }
}
