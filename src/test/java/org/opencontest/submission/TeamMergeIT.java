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
    SubmissionService submissions;
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
        AppPrincipal otherLeader = person(Role.PARTICIPANT);
        RegisteredTeam other = TeamFixtures.register(teams, contests, otherLeader, s.contestId(),
                "Other " + UUID.randomUUID().toString().substring(0, 6));
        VersionDetail survivorV1 = submit(s.member(), s.contestId(), "a.pdf");
        VersionDetail absorbedV1 = submit(otherLeader, s.contestId(), "a.pdf");

        SubmissionRules tight = new SubmissionRules(Set.of("application/pdf"), SubmissionRules.MIB,
                SubmissionRules.MIB, 5, 1, 1, LatePolicy.REJECT, Duration.ZERO, 0);
        SubmissionRules saved = as(s.organiser(), () -> administration.saveRules(s.contestId(), tight));
        assertThatThrownBy(() -> check(s.contestId(), s.teamId(), other.teamId()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("submission.error.mergeQuota");

        as(s.organiser(), () -> administration.saveRules(s.contestId(), new SubmissionRules(tight.allowedTypes(),
                tight.maxFileBytes(), tight.maxPackageBytes(), 5, 2, 2, LatePolicy.REJECT, Duration.ZERO,
                saved.version())));
        assertThatCode(() -> check(s.contestId(), s.teamId(), other.teamId())).doesNotThrowAnyException();
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                events.publishEvent(new TeamsMerged(s.contestId(), s.teamId(), other.teamId())));

        PackageState merged = as(s.leader(), () -> submissions.myPackage(s.contestId()));
        assertThat(merged.versions()).extracting(VersionSummary::id)
                .containsExactly(absorbedV1.summary().id(), survivorV1.summary().id());
        assertThat(merged.versions()).extracting(VersionSummary::number).containsExactly(2, 1);
        assertThat(merged.files()).as("the absorbed draft's a.pdf clashes with the surviving one").hasSize(1);
        for (VersionDetail version : List.of(survivorV1, absorbedV1)) {
            assertThat(anonymously(() -> verifier.verify(version.receipt().document())).outcome())
                    .isEqualTo(ReceiptCheck.Outcome.GENUINE_MATCHES);
        }
    }

    private void check(long contestId, long surviving, long absorbed) {
        mergeChecks.forEach(check -> check.checkMerge(contestId, surviving, absorbed));
    }

    private VersionDetail submit(AppPrincipal who, long contestId, String file) {
        return as(who, () -> {
            submissions.upload(contestId, SubmissionFixtures.pdf(), file, clock.instant());
            PackageState state = submissions.myPackage(contestId);
            submissions.saveDraft(contestId, state.version(), new PackageInput(state.input().trackId(), "Merge",
                    null, null, null, null, null, null, null));
            return submissions.submit(contestId, UUID.randomUUID().toString());
        });
    }
}
