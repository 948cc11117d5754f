package org.opencontest.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestFixtures;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.ContestSummary;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.dataset.ContestDatasetChoices;
import org.opencontest.dataset.DatasetChoice;
import org.opencontest.dataset.DatasetLinks;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.submission.FinalVersion;
import org.opencontest.submission.PackageState;
import org.opencontest.submission.PackageSubmission;
import org.opencontest.submission.internal.ReceiptCheck;
import org.opencontest.submission.internal.ReceiptVerifier;
import org.opencontest.submission.internal.SubmissionAdministration;
import org.opencontest.submission.SubmissionDrafts;
import org.opencontest.submission.SubmissionFilter;
import org.opencontest.submission.internal.SubmissionReading;
import org.opencontest.submission.VersionSummary;
import org.opencontest.support.IntegrationTest;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo loader against the real services. The test profile turns demo data off, so the loader is built here by
 * hand with stand-ins for the demo accounts.
 */
class SubmissionDemoDataIT extends IntegrationTest {

    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
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
    DatasetDemoData datasets;
    @Autowired
    ContestDatasetChoices datasetChoices;
    @Autowired
    DatasetLinks datasetLinks;
    @Autowired
    Clock clock;

    @Test
    void loadsAFinishedContestWithVerifiableSubmissionsOnce() {
        AppPrincipal organiser = person(Role.ORGANISER);
        AppPrincipal leader = person(Role.PARTICIPANT);
        Map<String, AppPrincipal> accounts = Map.of(DemoAccounts.ORGANISER, organiser,
                DemoAccounts.PARTICIPANTS.get(0), leader, DemoAccounts.PARTICIPANTS.get(1), person(Role.PARTICIPANT),
                DemoAccounts.PARTICIPANTS.get(2), person(Role.PARTICIPANT));
        // the demo datasets exist (released to SODA 2026 in a real run; here to a contest of this test)
        ContestEditState soda = as(organiser, () -> {
            ContestEditState draft = contests.create(ContestFixtures.input(ContestFixtures.uniqueSlug("soda"),
                    clock.instant()));
            return contests.publish(draft.id(), draft.version());
        });
        datasets.load(soda.input().slug());
        SubmissionDemoData loader = new SubmissionDemoData(contests, teams, drafts, submitting,
                StandInPeople.of(accounts), datasets, datasetChoices, clock);
        loader.load();
        loader.load();

        ContestSummary contest = as(organiser, () -> administration.contests()).stream()
                .filter(c -> c.slug().equals(SubmissionDemoData.SLUG)).findFirst().orElseThrow();
        PhaseWindow submission = contest.timeline().phase(PhaseKind.SUBMISSION).orElseThrow();
        assertThat(submission.closes()).isBetween(clock.instant(), clock.instant().plusSeconds(180));
        assertThat(contest.timeline().phase(PhaseKind.JUDGING).orElseThrow().opens()).isEqualTo(submission.closes());
        assertThat(as(organiser, () -> administration.count(contest.id(), SubmissionFilter.ALL))).isEqualTo(3);
        assertThat(as(organiser, () -> administration.overview(contest.id(),
                new SubmissionFilter(null, null, true, null), 0, 10))).extracting(VersionSummary::teamName)
                .containsExactly("BetaNYC Mappers", "Night Owls 夜猫子");

        List<FinalVersion> finals = as(organiser, () -> administration.finalVersions(contest.id()));
        assertThat(finals).as("the entries declare the demo datasets released to this contest too")
                .extracting(entry -> datasetLinks.linksTo(entry.input().datasetIds()).stream()
                        .map(DatasetChoice::slug).toList())
                .containsExactlyInAnyOrder(List.of(DatasetDemoData.ACCIDENTS),
                        List.of(DatasetDemoData.ACCIDENTS, DatasetDemoData.AIR_QUALITY));
        assertThat(finals).extracting(entry -> entry.input().otherData())
                .containsExactlyInAnyOrder("Bus GPS positions 2025", null);

        PackageState owls = as(leader, () -> drafts.myPackage(contest.id()));
        assertThat(owls.versions()).hasSize(2);
        String receipt = as(leader, () -> reading.version(owls.versions().get(0).id())).receipt().document();
        assertThat(anonymously(() -> verifier.verify(receipt)).outcome()).isEqualTo(ReceiptCheck.Outcome.GENUINE_MATCHES);
    }
}
