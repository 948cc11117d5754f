package org.opencontest.dataset.issue;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;

import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.text.FileNames;
import org.opencontest.storage.ObjectStorage;
import org.opencontest.storage.StoredObject;
import org.opencontest.storage.UploadRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The bytes of data issues' evidence files in the object store; {@link DataIssues} decides who may touch them. */
@Component
class EvidenceObjects {

    private static final Duration LINK_EXPIRY = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(EvidenceObjects.class);

    private final ObjectStorage storage;

    EvidenceObjects(ObjectStorage storage) {
        this.storage = storage;
    }

    /** Streams the file in under {@link DataIssues#EVIDENCE_RULES}; a refused type names the file in the error. */
    StoredObject put(long issueId, InputStream content, String name) {
        try {
            return storage.put("datasets/issues/" + issueId, content, name, DataIssues.EVIDENCE_RULES);
        } catch (UploadRefusedException refused) {
            throw refused.orForRefusedType(() -> new UserFacingException("dataset.issue.error.evidenceType", name));
        }
    }

    URI link(String key, String name) {
        return storage.presignedGet(key, LINK_EXPIRY, FileNames.safeSegment(name, "evidence"));
    }

    /** Best effort: an object left behind is an orphan (no row points to it), which the integrity scrub removes. */
    void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (RuntimeException e) {
            LOG.warn("Could not delete refused evidence object {}; the integrity scrub removes orphans", key, e);
        }
    }
}
