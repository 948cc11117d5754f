package org.opencontest.integrity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.opencontest.integrity.ExpectedObject;
import org.opencontest.storage.ContentDigest;
import org.opencontest.storage.ObjectStorage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-hashes stored objects and records what it found. The bytes are read with no transaction open (a large object
 * takes minutes); the result is written in a short one.
 */
@Component
public class ObjectChecker {

    private final ObjectStorage storage;
    private final ObjectCheckRepository checks;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ObjectChecker(ObjectStorage storage, ObjectCheckRepository checks, TransactionTemplate transactions, Clock clock) {
        this.storage = storage;
        this.checks = checks;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Re-hashes the object now and records the result. */
    public CheckResult rehash(String source, ExpectedObject expected) {
        ContentDigest digest = storage.rehash(expected.key()).orElse(null);
        Instant at = clock.instant();
        return transactions.execute(status -> {
            ObjectCheck check = checkOf(source, expected);
            boolean damagedBefore = check.getOutcome() != null && check.getOutcome().damaged();
            check.expect(source, expected);
            check.recordRehash(digest, at);
            checks.save(check);
            return new CheckResult(check.getOutcome(), at, check.getOutcome().damaged() && !damagedBefore);
        });
    }

    /** Queues the objects for the scrub's next run and answers their last results (outcome null where none). */
    public List<CheckResult> queue(String source, Collection<ExpectedObject> objects) {
        Instant now = clock.instant();
        return transactions.execute(status -> objects.stream().map(expected -> {
            ObjectCheck check = checkOf(source, expected);
            check.expect(source, expected);
            check.requestRehash(now);
            checks.save(check);
            return new CheckResult(check.getOutcome(), check.getCheckedAt(), false);
        }).toList());
    }

    private ObjectCheck checkOf(String source, ExpectedObject expected) {
        return checks.findByObjectKey(expected.key()).orElseGet(() -> new ObjectCheck(source, expected));
    }

    /**
     * An object's re-hash result.
     *
     * @param outcome      null when the object was never re-hashed against its current expectation
     * @param newlyDamaged the object was not known to be damaged before: admins need to hear about it
     */
    public record CheckResult(CheckOutcome outcome, Instant at, boolean newlyDamaged) {
    }
}
