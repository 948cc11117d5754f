package org.opencontest.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestService;
import org.opencontest.dataset.DatasetFixtures.Published;
import org.opencontest.dataset.internal.AccessRefusal;
import org.opencontest.dataset.internal.AccessRefusedException;
import org.opencontest.dataset.DatasetCatalog;
import org.opencontest.dataset.internal.DatasetStatistics;
import org.opencontest.dataset.internal.DownloadStatistics;
import org.opencontest.dataset.internal.TermsAcceptance;
import org.opencontest.dataset.internal.TermsAcceptanceRepository;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.opencontest.team.Enrolment;
import org.opencontest.team.RegisteredTeam;
import org.opencontest.team.RegistrationSetup;
import org.opencontest.team.TeamDetail;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamReview;
import org.opencontest.team.TeamService;
import org.opencontest.team.TeamSettings;
import org.opencontest.team.TeamStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * TEAM_ONLY access and the team recorded with terms acceptances and downloads, with real teams built through the
 * team module's services (register, join with the code, approve).
 */
class DatasetTeamAccessIT extends IntegrationTest {

    @Autowired
    DatasetPublishing publishing;

    @Autowired
    DownloadStatistics downloads;

    @Autowired
    DatasetCatalog catalog;

    @Autowired
    ContestService contests;

    @Autowired
    TeamService teams;

    @Autowired
    RegistrationSetup setup;
    @Autowired
    TeamReview review;

    @Autowired
    TermsAcceptanceRepository acceptances;

    @Autowired
    Clock clock;

    final AppPrincipal organiser = person(Role.ORGANISER);
    final AppPrincipal leader = person(Role.PARTICIPANT);
    final AppPrincipal member = person(Role.PARTICIPANT);
    final AppPrincipal loner = person(Role.PARTICIPANT);

    @Test
    void onlyMembersOfApprovedTeamsInALinkedContestDownloadAndTheirTeamIsRecorded() throws Exception {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        as(organiser, () -> setup.saveSettings(new TeamSettings(contest.id(), 0, true, false, null, null, null)));
        Published data = publish(AccessTier.TEAM_ONLY, contest.id());
        String teamName = "=Data Divers " + UUID.randomUUID().toString().substring(0, 6);
        RegisteredTeam team = TeamFixtures.register(teams, contests, leader, contest.id(), teamName);
        as(member, () -> teams.joinByCode(team.inviteCode(), Enrolment.consenting()));
        assertThat(team.status()).isEqualTo(TeamStatus.PENDING);

        refused(loner, data, AccessRefusal.APPROVED_TEAM);
        refused(member, data, AccessRefusal.APPROVED_TEAM);
        assertThat(as(member, () -> catalog.page(data.slug())).access().refusal()).isEqualTo(AccessRefusal.APPROVED_TEAM);

        TeamDetail pending = as(organiser, () -> review.detail(team.teamId()));
        as(organiser, () -> review.approve(team.teamId(), pending.version()));

        assertThat(as(member, () -> catalog.downloadLink(data.fileId())).url()).isNotNull();
        assertThat(as(leader, () -> catalog.downloadLink(data.fileId())).url()).isNotNull();
        refused(loner, data, AccessRefusal.APPROVED_TEAM);
        AppPrincipal otherContestsOrganiser = person(Role.ORGANISER);
        assertThatThrownBy(() -> as(otherContestsOrganiser, () -> downloads.statistics(data.datasetId(), ZoneId.of("UTC"))))
                .isInstanceOf(org.opencontest.shared.error.NotFoundException.class);

        DatasetStatistics stats = as(organiser, () -> downloads.statistics(data.datasetId(), ZoneId.of("UTC")));
        assertThat(stats.downloads()).isEqualTo(2);
        assertThat(stats.distinctUsers()).isEqualTo(2);
        assertThat(stats.distinctTeams()).isEqualTo(1);
        assertThat(stats.teamReleases()).singleElement().satisfies(row -> {
            assertThat(row.team()).isEqualTo(teamName);
            assertThat(row.releaseNumber()).isEqualTo(1);
            assertThat(row.downloads()).isEqualTo(2);
            assertThat(row.users()).isEqualTo(2);
        });
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        as(organiser, () -> {
            downloads.exportDownloads(data.datasetId(), csv);
            return null;
        });
        String exported = csv.toString(StandardCharsets.UTF_8);
        assertThat(exported).startsWith("\uFEFFissued_at_utc,user_id,user,team_id,team,release,release_label,file");
        assertThat(exported.lines().filter(line -> line.contains(",'" + teamName + ",") && line.contains("accidents.csv")))
                .as("the team name as text, not a formula").hasSize(2);
    }

    @Test
    void aTermsAcceptanceRecordsTheTeamOfTheAcceptingMember() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        Published data = publish(AccessTier.AGREEMENT, contest.id());
        String teamName = "Terms Takers " + UUID.randomUUID().toString().substring(0, 6);
        RegisteredTeam team = TeamFixtures.register(teams, contests, leader, contest.id(), teamName);

        DatasetPage page = as(leader, () -> catalog.page(data.slug()));
        as(leader, () -> catalog.acceptTerms(page.id(), page.termsVersion()));
        as(loner, () -> catalog.acceptTerms(page.id(), page.termsVersion()));

        assertThat(acceptances.findByDatasetIdOrderByAcceptedAtDesc(data.datasetId()))
                .extracting(TermsAcceptance::getUserId, TermsAcceptance::getTeamId, TermsAcceptance::getTeamName,
                        TermsAcceptance::getTermsVersion)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(leader.userId(), team.teamId(), teamName, 1),
                        org.assertj.core.groups.Tuple.tuple(loner.userId(), null, null, 1));
        assertThat(as(leader, () -> catalog.downloadLink(data.fileId())).url()).isNotNull();
        assertThat(as(organiser, () -> downloads.statistics(data.datasetId(), ZoneId.of("UTC"))).teamReleases())
                .extracting(DatasetStatistics.TeamRelease::team).containsExactly(teamName);
    }

    private Published publish(AccessTier tier, long contestId) {
        return DatasetFixtures.publish(publishing, organiser, tier, Set.of(contestId), null);
    }

    private void refused(AppPrincipal who, Published data, AccessRefusal reason) {
        assertThatThrownBy(() -> as(who, () -> catalog.downloadLink(data.fileId())))
                .isInstanceOf(AccessRefusedException.class)
                .extracting(e -> ((AccessRefusedException) e).reason()).isEqualTo(reason);
    }
}
