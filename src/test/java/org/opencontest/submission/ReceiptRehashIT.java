package org.opencontest.submission;

import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.submission.SubmissionFixtures.pdf;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.submission.SubmissionFixtures.Scenario;
import org.opencontest.submission.internal.ReceiptCheck;
import org.opencontest.submission.internal.ReceiptVerifier;
import org.opencontest.support.IntegrationTest;
import org.opencontest.support.StoredObjects;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /verify} re-reads and re-hashes the stored bytes instead of trusting the digest recorded beside them. */
class ReceiptRehashIT extends IntegrationTest {

    @Autowired
    SubmissionDrafts drafts;
    @Autowired
    PackageSubmission submitting;
    @Autowired
    ReceiptVerifier verifier;
    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    StoredObjects store;
    @Autowired
    Clock clock;

    @Test
    void bytesChangedInTheStoreAtTheSameSizeNoLongerMatchTheReceipt() throws Exception {
        Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        as(s.member(), () -> drafts.upload(s.contestId(), pdf(), "proposal.pdf", clock.instant()));
        as(s.member(), () -> {
            PackageState state = drafts.myPackage(s.contestId());
            PackageInput input = state.input();
            return drafts.saveDraft(s.contestId(), state.version(), new PackageInput(input.trackId(), "Kept",
                    "保留", "Abstract", null, List.of(), "Traffic 2025", "https://demo.example.org", null, null));
        });
        VersionDetail version = as(s.member(), () -> submitting.submit(s.contestId(), UUID.randomUUID().toString()));
        String document = version.receipt().document();

        ReceiptCheck before = anonymously(() -> verifier.verify(document));
        assertThat(before.outcome()).isEqualTo(ReceiptCheck.Outcome.GENUINE_MATCHES);
        assertThat(before.rehashedAt()).isNotNull();

        store.tamperSameSize(store.keysUnder("contests/" + s.contestId() + "/submissions/").get(0));

        ReceiptCheck after = anonymously(() -> verifier.verify(document));
        assertThat(after.outcome()).isEqualTo(ReceiptCheck.Outcome.GENUINE_MISMATCH);
        assertThat(after.rehashedAt()).isAfterOrEqualTo(before.rehashedAt());
    }
}
