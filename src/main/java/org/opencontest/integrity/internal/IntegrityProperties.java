package org.opencontest.integrity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code opencontest.integrity.*}: how much the scrub does per run and when objects count as orphans.
 *
 * @param scrubInterval   pause between two scrub runs (read by the schedule)
 * @param batchSize       at most this many objects are re-hashed per run
 * @param batchBytes      a run stops re-hashing once it has read this much (it finishes the object it is in)
 * @param orphanBatchSize at most this many listed objects are looked at for orphans per run
 * @param orphanGrace     an object without a row is removed only when it is older than this; uploads write their
 *                        row after the object is stored, so this must exceed the longest upload plus its checks
 * @param verifyInlineMax {@code /verify} re-hashes a package up to this total size while the visitor waits; a
 *                        larger one is queued for the scrub and the page shows the last re-hash
 */
@ConfigurationProperties("opencontest.integrity")
public record IntegrityProperties(
        @DefaultValue("PT5M") Duration scrubInterval,
        @DefaultValue("200") int batchSize,
        @DefaultValue("2GB") DataSize batchBytes,
        @DefaultValue("1000") int orphanBatchSize,
        @DefaultValue("P1D") Duration orphanGrace,
        @DefaultValue("512MB") DataSize verifyInlineMax) {

    public IntegrityProperties {
        if (batchSize < 1 || orphanBatchSize < 1) {
            throw new IllegalArgumentException("opencontest.integrity batch sizes must be at least 1");
        }
        if (orphanGrace.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalArgumentException("opencontest.integrity.orphan-grace must be at least one hour, was "
                    + orphanGrace);
        }
    }
}
