package org.opencontest.submission;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import org.opencontest.storage.ObjectStorage;
import org.opencontest.storage.StoredObject;
import org.opencontest.submission.internal.ReceiptCodec;
import org.opencontest.submission.internal.ReceiptKeys;
import org.opencontest.submission.internal.SubmissionVersion;
import org.opencontest.submission.internal.VersionFile;
import org.opencontest.submission.internal.VersionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public receipt checks: anyone may paste a receipt and learn whether it is genuine and matches what is stored.
 * Nothing is looked up before the signature verifies, so a made-up receipt reveals nothing about stored
 * submissions; a genuine one reveals only what it already says.
 */
@Service
public class ReceiptVerifier {

    /** Receipts are small; anything larger is not one. */
    public static final int MAX_DOCUMENT_CHARS = 64 * 1024;

    private final ReceiptKeys keys;
    private final VersionRepository versions;
    private final ObjectStorage storage;

    ReceiptVerifier(ReceiptKeys keys, VersionRepository versions, ObjectStorage storage) {
        this.keys = keys;
        this.versions = versions;
        this.storage = storage;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public ReceiptCheck verify(String document) {
        if (document == null || document.isBlank() || document.length() > MAX_DOCUMENT_CHARS) {
            return new ReceiptCheck(ReceiptCheck.Outcome.UNREADABLE, null);
        }
        Receipt receipt;
        try {
            receipt = ReceiptCodec.parse(document);
        } catch (IllegalArgumentException unreadable) {
            return new ReceiptCheck(ReceiptCheck.Outcome.UNREADABLE, null);
        }
        boolean genuine = keys.publicKey(receipt.keyId()).map(key -> ReceiptCodec.verify(receipt, key)).orElse(false);
        if (!genuine) {
            return new ReceiptCheck(ReceiptCheck.Outcome.NOT_GENUINE, null);
        }
        boolean matches = versions.findById(receipt.versionId())
                .filter(version -> version.getReceiptText().equals(receipt.canonicalText()))
                .filter(this::objectsIntact)
                .isPresent();
        return new ReceiptCheck(matches ? ReceiptCheck.Outcome.GENUINE_MATCHES : ReceiptCheck.Outcome.GENUINE_MISMATCH,
                receipt);
    }

    /** The current signing key as PEM, for checking receipts without this site. */
    @PermitAll
    public String publicKeyPem() {
        return keys.publicKeyPem();
    }

    /** Every file is still in the store with the size and SHA-256 recorded at upload. */
    private boolean objectsIntact(SubmissionVersion version) {
        List<VersionFile> files = version.getFiles();
        return files.stream().allMatch(file -> {
            Optional<StoredObject> stored = storage.stat(file.file().getObjectKey());
            return stored.isPresent() && stored.get().size() == file.file().getSize()
                    && file.file().getSha256().equalsIgnoreCase(stored.get().sha256());
        });
    }
}
