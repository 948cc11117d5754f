package org.opencontest.submission.internal;

import java.io.InputStream;

import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.FileSize;
import org.opencontest.storage.FileTypeNames;
import org.opencontest.storage.ObjectStorage;
import org.opencontest.storage.ObjectTooLargeException;
import org.opencontest.storage.StoredObject;
import org.opencontest.storage.UploadRefusedException;
import org.opencontest.storage.UploadRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Where submission files go in the object store, how they stream in under the contest's rules, and their removal. */
@Component
public class SubmissionObjects {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionObjects.class);

    private final ObjectStorage storage;

    SubmissionObjects(ObjectStorage storage) {
        this.storage = storage;
    }

    private static String prefix(long contestId, long packageId) {
        return "contests/" + contestId + "/submissions/" + packageId;
    }

    /**
     * Streams one file of a package in; the limit is what is left of the package ({@code used} bytes are taken)
     * within the per-file limit. Refusals name the rule in the team's words.
     */
    public StoredObject store(long contestId, long packageId, InputStream content, String fileName,
                              SubmissionRules rules, long used) {
        long limit = Math.min(rules.maxFileBytes(), rules.maxPackageBytes() - used);
        if (limit <= 0) {
            throw new UserFacingException("submission.error.packageTooLarge", new FileSize(rules.maxPackageBytes()));
        }
        try {
            return storage.put(prefix(contestId, packageId), content, fileName,
                    UploadRules.ofTypes(limit, rules.allowedTypes()));
        } catch (ObjectTooLargeException tooLarge) {
            throw limit < rules.maxFileBytes()
                    ? new UserFacingException("submission.error.packageTooLarge", new FileSize(rules.maxPackageBytes()))
                    : new UserFacingException("submission.error.fileTooLarge", new FileSize(rules.maxFileBytes()));
        } catch (UploadRefusedException refused) {
            throw refused.orForRefusedType(() -> new UserFacingException("submission.error.typeNotAllowed",
                    FileNameRule.displayName(refused.fileName()), FileTypeNames.of(refused.mediaType())));
        }
    }

    /** The listed name of a stored file (its type was checked on its first bytes), once it is known not to be empty. */
    public static String listedName(StoredObject stored) {
        String name = FileNameRule.displayName(stored.originalName());
        if (stored.size() == 0) {
            throw new UserFacingException("submission.error.emptyFile", name);
        }
        return name;
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
