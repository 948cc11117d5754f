package org.opencontest.evaluation.internal;

import org.opencontest.storage.ObjectStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Removing answer-key objects that no row needs any more. */
final class AfterCommit {

    private static final Logger LOG = LoggerFactory.getLogger(AfterCommit.class);

    private AfterCommit() {
    }

    /** Once the surrounding transaction has committed (never for a rolled-back change). */
    static void delete(ObjectStorage storage, String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deleteNow(storage, key);
            }
        });
    }

    /** Best effort: an object left behind is an orphan, which the integrity scrub removes. */
    static void deleteNow(ObjectStorage storage, String key) {
        try {
            storage.delete(key);
        } catch (RuntimeException e) {
            LOG.warn("Could not delete evaluation object {}; the integrity scrub removes orphans", key, e);
        }
    }
}
