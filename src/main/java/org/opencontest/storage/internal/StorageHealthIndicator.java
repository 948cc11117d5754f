package org.opencontest.storage.internal;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** Actuator health {@code storage}: UP when the object store answers and the bucket exists. */
class StorageHealthIndicator implements HealthIndicator {

    private final Bucket bucket;

    StorageHealthIndicator(Bucket bucket) {
        this.bucket = bucket;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.unknown().withDetail("bucket", bucket.name());
        try {
            return (bucket.exists() ? health.up() : health.down().withDetail("reason", "bucket missing")).build();
        } catch (Exception e) {
            return health.down(e).build();
        }
    }
}
