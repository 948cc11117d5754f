package org.opencontest.storage.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code opencontest.storage.timeouts.*}: how long the S3 client (OkHttp inside the MinIO SDK) waits before it
 * gives up on a store that stopped answering. Read and write are silences between two packets, not the length of
 * an upload, so a slow but moving upload of gigabytes never hits them; a frozen store fails the action after at
 * most this long, logged by {@link StorageTimeoutLog}.
 *
 * @param connect to open a connection (the store is down or unreachable)
 * @param read    waiting for the store's answer, e.g. after a part was sent
 * @param write   sending a part that the store stopped taking
 */
@ConfigurationProperties("opencontest.storage.timeouts")
record StorageTimeouts(@DefaultValue("5s") Duration connect,
                       @DefaultValue("60s") Duration read,
                       @DefaultValue("60s") Duration write) {
}
