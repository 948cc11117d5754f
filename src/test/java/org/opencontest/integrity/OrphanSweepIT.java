package org.opencontest.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.submission.SubmissionFixtures.pdf;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.integrity.internal.IntegrityReport;
import org.opencontest.integrity.internal.IntegrityScrub;
import org.opencontest.integrity.internal.OrphanRemoval;
import org.opencontest.shared.security.Role;
import org.opencontest.storage.ObjectStorage;
import org.opencontest.submission.SubmissionDrafts;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.SubmissionFixtures.Scenario;
import org.opencontest.support.IntegrationTest;
import org.opencontest.support.StoredObjects;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;

/** The scrub removes objects that no row points to once they are older than the grace period, and nothing else. */
class OrphanSweepIT extends IntegrationTest {

    private static final Duration OLDER_THAN_GRACE = Duration.ofDays(3);
    private static final long MAX_BYTES = 1024 * 1024;

    @Autowired
    IntegrityScrub scrub;
    @Autowired
    IntegrityReport report;
    @Autowired
    ObjectStorage storage;
    @Autowired
    SubmissionDrafts drafts;
    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    StoredObjects store;
    @Autowired
    Clock clock;

    @Test
    void anOldObjectWithoutARowIsRemovedWhileYoungReferencedAndUnclaimedOnesStay() throws Exception {
        Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        String packagePrefix = "contests/" + s.contestId() + "/submissions/";
        as(s.member(), () -> drafts.upload(s.contestId(), pdf(), "proposal.pdf", clock.instant()));
        String referenced = store.keysUnder(packagePrefix).get(0);
        String orphan = storage.put(packagePrefix + "404", pdf(), "left-behind.pdf", MAX_BYTES).key();
        String young = storage.put(packagePrefix + "404", pdf(), "uploading.pdf", MAX_BYTES).key();
        String unclaimed = storage.put("it/integrity/" + UUID.randomUUID().toString().replace("-", ""), pdf(),
                "unclaimed.pdf", MAX_BYTES).key();
        for (String key : new String[] {referenced, orphan, unclaimed}) {
            store.age(key, OLDER_THAN_GRACE);
        }

        ScrubRuns.completePasses(scrub, 2);

        assertThat(storage.stat(orphan)).isEmpty();
        assertThat(storage.stat(referenced)).isPresent();
        assertThat(storage.stat(young)).isPresent();
        assertThat(storage.stat(unclaimed)).isPresent();
        assertThat(as(person(Role.ADMIN), () -> report.recentOrphanRemovals()))
                .extracting(OrphanRemoval::key).contains(orphan).doesNotContain(referenced, young, unclaimed);
    }
}
