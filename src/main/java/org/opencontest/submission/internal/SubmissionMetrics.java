package org.opencontest.submission.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code opencontest_submissions_total{contest}}: versions submitted, per contest slug (a handful of contests, so
 * the tag stays low-cardinality). Counted once the version's transaction has committed, so a rolled-back submit
 * (a database outage mid-way) is not counted.
 */
@Component
public class SubmissionMetrics {

    private final MeterRegistry registry;

    SubmissionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void versionSubmitted(String contestSlug) {
        Counter counter = Counter.builder("opencontest.submissions").description("Submission versions stored")
                .tag("contest", contestSlug).register(registry);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }
}
