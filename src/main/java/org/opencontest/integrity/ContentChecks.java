package org.opencontest.integrity;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.annotation.security.PermitAll;

import org.opencontest.integrity.internal.AdminAlerts;
import org.opencontest.integrity.internal.IntegrityProperties;
import org.opencontest.integrity.internal.ObjectChecker;
import org.opencontest.integrity.internal.ObjectChecker.CheckResult;
import org.springframework.stereotype.Service;

/**
 * Answers whether stored objects still hold the recorded bytes by re-hashing them, never by trusting a recorded
 * digest. A group up to {@code opencontest.integrity.verify-inline-max} is re-hashed while the caller waits; a larger
 * one is queued for the scrub and answered with its last re-hash (or PENDING), saying when that was.
 */
@Service
public class ContentChecks {

    private final ObjectChecker checker;
    private final AdminAlerts alerts;
    private final IntegrityProperties properties;

    ContentChecks(ObjectChecker checker, AdminAlerts alerts, IntegrityProperties properties) {
        this.checker = checker;
        this.alerts = alerts;
        this.properties = properties;
    }

    /**
     * Open to everyone: the public receipt check calls it after the receipt's signature verified, so the caller
     * learns only about objects a genuine receipt already lists.
     *
     * @param source the owning module's {@link StoredObjectSource#name()}
     */
    @PermitAll
    public ContentCheck check(String source, List<ExpectedObject> objects) {
        long total = objects.stream().map(ExpectedObject::size).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
        if (total > properties.verifyInlineMax().toBytes()) {
            return answer(checker.queue(source, objects), true);
        }
        List<CheckResult> results = objects.stream().map(expected -> checker.rehash(source, expected)).toList();
        ContentCheck answer = answer(results, false);
        alerts.damagedObjectsFound(results.stream().filter(CheckResult::newlyDamaged).count(), answer.rehashedAt());
        return answer;
    }

    private static ContentCheck answer(List<CheckResult> results, boolean queued) {
        if (results.stream().anyMatch(result -> result.outcome() == null)) {
            return new ContentCheck(ContentCheck.Verdict.PENDING, null, queued);
        }
        Instant oldest = results.stream().map(CheckResult::at).min(Comparator.naturalOrder()).orElse(null);
        boolean damaged = results.stream().anyMatch(result -> result.outcome().damaged());
        return new ContentCheck(damaged ? ContentCheck.Verdict.DAMAGED : ContentCheck.Verdict.INTACT, oldest, queued);
    }
}
