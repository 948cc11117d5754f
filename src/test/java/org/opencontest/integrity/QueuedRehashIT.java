package org.opencontest.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.submission.SubmissionFixtures.pdf;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencontest.integrity.internal.AdminAlerts;
import org.opencontest.integrity.internal.IntegrityProperties;
import org.opencontest.integrity.internal.IntegrityScrub;
import org.opencontest.integrity.internal.ObjectChecker;
import org.opencontest.storage.ObjectStorage;
import org.opencontest.storage.StoredObject;
import org.opencontest.support.IntegrationTest;
import org.opencontest.support.StoredObjects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

/**
 * A group too large to re-hash while the caller waits is queued: the first answer is PENDING, the scrub's next run
 * re-hashes it first, and later answers give that re-hash and its time (while queueing a fresh one).
 */
class QueuedRehashIT extends IntegrationTest {

    private static final String SOURCE = "submission";

    @Autowired
    ObjectChecker checker;
    @Autowired
    AdminAlerts alerts;
    @Autowired
    IntegrityScrub scrub;
    @Autowired
    ObjectStorage storage;
    @Autowired
    StoredObjects store;

    @Test
    void aLargeGroupIsQueuedThenAnsweredFromTheScrubsRehash() throws Exception {
        ContentChecks checks = new ContentChecks(checker, alerts, new IntegrityProperties(Duration.ofMinutes(5), 200,
                DataSize.ofGigabytes(2), 1000, Duration.ofDays(1), DataSize.ofBytes(1)));
        StoredObject stored = storage.put("it/integrity/" + UUID.randomUUID().toString().replace("-", ""), pdf(),
                "large.pdf", 1024 * 1024);
        List<ExpectedObject> group = List.of(new ExpectedObject(stored.key(), stored.size(), stored.sha256()));

        ContentCheck first = checks.check(SOURCE, group);
        assertThat(first.verdict()).isEqualTo(ContentCheck.Verdict.PENDING);
        assertThat(first.queued()).isTrue();
        assertThat(first.rehashedAt()).isNull();

        scrub.runOnce();
        ContentCheck afterRun = checks.check(SOURCE, group);
        assertThat(afterRun.verdict()).isEqualTo(ContentCheck.Verdict.INTACT);
        assertThat(afterRun.rehashedAt()).isNotNull();
        assertThat(afterRun.queued()).isTrue();

        store.tamperSameSize(stored.key());
        scrub.runOnce();
        assertThat(checks.check(SOURCE, group).verdict()).isEqualTo(ContentCheck.Verdict.DAMAGED);
    }
}
