package org.opencontest.submission.internal;

import org.opencontest.storage.ObjectStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Where submission files go in the object store, and their best-effort removal. */
@Component
public class SubmissionObjects {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionObjects.class);

    private final ObjectStorage storage;

    SubmissionObjects(ObjectStorage storage) {
        this.storage = storage;
    }

    public String prefix(long contestId, long packageId) {
        return "contests/" + contestId + "/submissions/" + packageId;
    }

    /** Removes the object once the surrounding transaction has committed (never for a rolled-back change). */
    public void deleteAfterCommit(String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deleteQuietly(key);
            }
        });
    }

    /** Best effort: an object left behind is an orphan (no row points to it), which the integrity scrub removes. */
    public void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (RuntimeException e) {
            LOG.warn("Could not delete submission object {}; the integrity scrub removes orphans", key, e);
        }
    }
}
