package org.opencontest.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.submission.internal.LatePolicy;
import org.opencontest.submission.internal.Receipt;
import org.opencontest.submission.internal.ReceiptCheck;
import org.opencontest.submission.internal.ReceiptVerifier;
import org.opencontest.submission.internal.SubmissionAdministration;
import org.opencontest.submission.internal.SubmissionReading;
import org.opencontest.submission.internal.SubmissionRules;
import org.opencontest.support.IntegrationTest;
import org.opencontest.team.RegisteredTeam;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamMergeCheck;
import org.opencontest.team.TeamService;
import org.opencontest.team.TeamsMerged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The submission side of a team merge, driven the way the team module drives it: the veto SPI inside the merging
 * transaction, then the {@link TeamsMerged} event in the same transaction.
 */
class TeamMergeIT extends IntegrationTest {

    @Autowired
    SubmissionDrafts drafts;
    @Autowired
    PackageSubmission submitting;
    @Autowired
    SubmissionReading reading;
    @Autowired
    SubmissionAdministration administration;
    @Autowired
    ReceiptVerifier verifier;
    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    List<TeamMergeCheck> mergeChecks;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    @Test
    void aMergeOverTheQuotaIsRefusedAndAnAllowedOneKeepsEveryVersionVerifiable() {
        SubmissionFixtures.Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        OtherTeam other = otherTeam(s);
        VersionDetail survivorV1 = submit(s.member(), s.contestId(), "a.pdf");
        VersionDetail absorbedV1 = submit(other.leader(), s.contestId(), "a.pdf");

        SubmissionRules tight = new SubmissionRules(Set.of("application/pdf"), SubmissionRules.MIB,
                SubmissionRules.MIB, 5, 1, 1, LatePolicy.REJECT, Duration.ZERO, 0);
        SubmissionRules saved = as(s.organiser(), () -> administration.saveRules(s.contestId(), tight));
        assertThatThrownBy(() -> check(s.contestId(), s.teamId(), other.id()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("submission.error.mergeQuota");

        as(s.organiser(), () -> administration.saveRules(s.contestId(), new SubmissionRules(tight.allowedTypes(),
                tight.maxFileBytes(), tight.maxPackageBytes(), 5, 2, 2, LatePolicy.REJECT, Duration.ZERO,
                saved.version())));
        assertThatCode(() -> check(s.contestId(), s.teamId(), other.id())).doesNotThrowAnyException();
        merge(s, other);

        PackageState merged = as(s.leader(), () -> drafts.myPackage(s.contestId()));
        assertThat(merged.versions()).as("newest first").extracting(VersionSummary::id)
                .containsExactly(absorbedV1.summary().id(), survivorV1.summary().id());
        assertThat(merged.versions()).as("numbers stay as issued").extracting(VersionSummary::number)
                .containsExactly(1, 1);
        assertThat(merged.versions()).extracting(VersionSummary::originTeam).containsExactly(other.name(), null);
        assertThat(merged.files()).as("the absorbed draft's a.pdf clashes with the surviving one").hasSize(1);
        for (VersionDetail issued : List.of(survivorV1, absorbedV1)) {
            assertReceiptStaysTrue(s.leader(), issued);
        }
    }

    @Test
    void whenOnlyTheAbsorbedTeamSubmittedItsPackageMovesWholeAndItsReceiptsStayTrue() {
        SubmissionFixtures.Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        OtherTeam other = otherTeam(s);
        VersionDetail absorbedV1 = submit(other.leader(), s.contestId(), "a.pdf");
        VersionDetail absorbedV2 = submit(other.leader(), s.contestId(), "b.pdf");

        merge(s, other);
        VersionDetail survivorV3 = submit(s.member(), s.contestId(), "c.pdf");

        PackageState merged = as(s.leader(), () -> drafts.myPackage(s.contestId()));
        assertThat(merged.versions()).extracting(VersionSummary::number).containsExactly(3, 2, 1);
        assertThat(merged.versions()).extracting(VersionSummary::originTeam)
                .containsExactly(null, other.name(), other.name());
        assertThat(survivorV3.summary().number()).isEqualTo(3);
        for (VersionDetail issued : List.of(absorbedV1, absorbedV2, survivorV3)) {
            assertReceiptStaysTrue(s.member(), issued);
        }
    }

    /**
     * The receipt issued before the merge still verifies against what is stored, and what the surviving team and
     * the API see of the version (number, submitting team) is what the receipt says.
     */
    private void assertReceiptStaysTrue(AppPrincipal survivingMember, VersionDetail issued) {
        Receipt receipt = issued.receipt();
        assertThat(anonymously(() -> verifier.verify(receipt.document())).outcome())
                .isEqualTo(ReceiptCheck.Outcome.GENUINE_MATCHES);
        VersionSummary now = as(survivingMember, () -> reading.version(receipt.versionId())).summary();
        assertThat(now.number()).isEqualTo(receipt.version());
        assertThat(now.originTeam() == null ? now.teamName() : now.originTeam()).isEqualTo(receipt.teamName());
    }

    private record OtherTeam(AppPrincipal leader, String name, long id) {
    }

    private OtherTeam otherTeam(SubmissionFixtures.Scenario s) {
        AppPrincipal leader = person(Role.PARTICIPANT);
        String name = "Other " + UUID.randomUUID().toString().substring(0, 6);
        RegisteredTeam team = TeamFixtures.register(teams, contests, leader, s.contestId(), name);
        return new OtherTeam(leader, name, team.teamId());
    }

    /** Publishes the merge event in a transaction, as the team module does after merging. */
    private void merge(SubmissionFixtures.Scenario s, OtherTeam absorbed) {
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                events.publishEvent(new TeamsMerged(s.contestId(), s.teamId(), absorbed.id())));
    }

    private void check(long contestId, long surviving, long absorbed) {
        mergeChecks.forEach(check -> check.checkMerge(contestId, surviving, absorbed));
    }

    private VersionDetail submit(AppPrincipal who, long contestId, String file) {
        return as(who, () -> {
            drafts.upload(contestId, SubmissionFixtures.pdf(), file, clock.instant());
            PackageState state = drafts.myPackage(contestId);
            drafts.saveDraft(contestId, state.version(), new PackageInput(state.input().trackId(), "Merge",
                    null, null, null, List.of(), null, null, null, null));
            return submitting.submit(contestId, UUID.randomUUID().toString());
        });
    }
}
