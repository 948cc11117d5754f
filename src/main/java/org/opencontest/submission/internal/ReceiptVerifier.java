package org.opencontest.submission.internal;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import org.opencontest.integrity.ContentCheck;
import org.opencontest.integrity.ContentChecks;
import org.opencontest.integrity.ExpectedObject;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Public receipt checks: anyone may paste a receipt and learn whether it is genuine and matches what is stored.
 * Nothing is looked up before the signature verifies, so a made-up receipt reveals nothing about stored
 * submissions; a genuine one reveals only what it already says. "Matches what is stored" means the stored bytes
 * were re-hashed ({@link ContentChecks}), never that a recorded digest was read back.
 */
@Service
public class ReceiptVerifier {

    /** Receipts are small; anything larger is not one. */
    public static final int MAX_DOCUMENT_CHARS = 64 * 1024;

    private final ReceiptKeys keys;
    private final VersionRepository versions;
    private final ContentChecks contentChecks;
    private final TransactionTemplate transactions;

    ReceiptVerifier(ReceiptKeys keys, VersionRepository versions, ContentChecks contentChecks,
                    TransactionTemplate transactions) {
        this.keys = keys;
        this.versions = versions;
        this.contentChecks = contentChecks;
        this.transactions = transactions;
    }

    /** No transaction around it: re-hashing reads every stored byte and must not hold a connection meanwhile. */
    @PermitAll
    public ReceiptCheck verify(String document) {
        if (document == null || document.isBlank() || document.length() > MAX_DOCUMENT_CHARS) {
            return ReceiptCheck.withoutFiles(ReceiptCheck.Outcome.UNREADABLE, null);
        }
        Receipt receipt;
        try {
            receipt = ReceiptCodec.parse(document);
        } catch (IllegalArgumentException unreadable) {
            return ReceiptCheck.withoutFiles(ReceiptCheck.Outcome.UNREADABLE, null);
        }
        boolean genuine = keys.publicKey(receipt.keyId()).map(key -> ReceiptCodec.verify(receipt, key)).orElse(false);
        if (!genuine) {
            return ReceiptCheck.withoutFiles(ReceiptCheck.Outcome.NOT_GENUINE, null);
        }
        Optional<List<ExpectedObject>> files = storedFiles(receipt);
        if (files.isEmpty()) {
            return ReceiptCheck.withoutFiles(ReceiptCheck.Outcome.GENUINE_MISMATCH, receipt);
        }
        ContentCheck content = contentChecks.check(SubmissionObjectSource.NAME, files.get());
        ReceiptCheck.Outcome outcome = switch (content.verdict()) {
            case INTACT -> ReceiptCheck.Outcome.GENUINE_MATCHES;
            case DAMAGED -> ReceiptCheck.Outcome.GENUINE_MISMATCH;
            case PENDING -> ReceiptCheck.Outcome.GENUINE_PENDING;
        };
        return new ReceiptCheck(outcome, receipt, content.rehashedAt(), content.queued());
    }

    /** The current signing key as PEM, for checking receipts without this site. */
    @PermitAll
    public String publicKeyPem() {
        return keys.publicKeyPem();
    }

    /** The files of the stored version the receipt names, when its stored receipt text is the same. */
    private Optional<List<ExpectedObject>> storedFiles(Receipt receipt) {
        return transactions.execute(status -> versions.findById(receipt.versionId())
                .filter(version -> version.getReceiptText().equals(receipt.canonicalText()))
                .map(version -> version.getFiles().stream().map(file -> expected(file.file())).toList()));
    }

    private static ExpectedObject expected(FileFacts file) {
        return new ExpectedObject(file.getObjectKey(), file.getSize(), file.getSha256());
    }
}
