package org.opencontest.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.as;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import db.migration.V191__submission_datasets_from_text;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.dataset.AccessTier;
import org.opencontest.dataset.ContestDatasetChoices;
import org.opencontest.dataset.DatasetCatalog;
import org.opencontest.dataset.DatasetChoice;
import org.opencontest.dataset.DatasetFixtures;
import org.opencontest.dataset.DatasetFixtures.Published;
import org.opencontest.dataset.DatasetPage;
import org.opencontest.dataset.DatasetPublishing;
import org.opencontest.incubation.internal.ImpactReport;
import org.opencontest.incubation.internal.IncubationReports;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.submission.SubmissionFixtures.Scenario;
import org.opencontest.submission.internal.SubmissionReading;
import org.opencontest.support.IntegrationTest;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Datasets used" is a relation to the contest's datasets (issue 13): a team declares published datasets of its
 * contest, a version keeps what was declared when it was submitted, any other dataset is refused by the service, the
 * V191 migration turns old free text into the relation, and the impact report counts declarations next to downloads.
 */
class DeclaredDatasetsIT extends IntegrationTest {

    @Autowired
    SubmissionDrafts drafts;
    @Autowired
    PackageSubmission submitting;
    @Autowired
    SubmissionReading reading;
    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    DatasetPublishing publishing;
    @Autowired
    DatasetCatalog catalog;
    @Autowired
    ContestDatasetChoices choices;
    @Autowired
    IncubationReports reports;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;

    Scenario s;
    Published first;
    Published second;

    @BeforeEach
    void setUp() {
        s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        first = DatasetFixtures.publish(publishing, s.organiser(), AccessTier.OPEN, Set.of(s.contestId()), null);
        second = DatasetFixtures.publish(publishing, s.organiser(), AccessTier.OPEN, Set.of(s.contestId()), null);
    }

    @Test
    void aTeamDeclaresTheContestsDatasetsAndAVersionKeepsWhatItDeclared() {
        assertThat(choices.choicesFor(s.contestId())).as("published datasets of the contest, in creation order")
                .extracting(DatasetChoice::slug).containsExactly(first.slug(), second.slug());

        PackageState saved = save(List.of(second.datasetId(), first.datasetId()), "Bus GPS 2025");
        assertThat(saved.input().datasetIds()).containsExactly(first.datasetId(), second.datasetId());
        assertThat(saved.input().otherData()).isEqualTo("Bus GPS 2025");
        VersionDetail version = submit();
        assertThat(version.input().datasetIds()).containsExactly(first.datasetId(), second.datasetId());

        save(List.of(second.datasetId()), null);
        assertThat(as(s.leader(), () -> reading.version(version.summary().id())).input())
                .as("the version keeps what it declared when it was submitted")
                .satisfies(input -> {
                    assertThat(input.datasetIds()).containsExactly(first.datasetId(), second.datasetId());
                    assertThat(input.otherData()).isEqualTo("Bus GPS 2025");
                });
        assertThat(as(s.leader(), () -> drafts.myPackage(s.contestId())).input().datasetIds())
                .containsExactly(second.datasetId());
    }

    @Test
    void aDatasetOfAnotherContestOrAnUnpublishedOneIsRefused() {
        Scenario other = SubmissionFixtures.scenario(contests, teams, clock.instant());
        Published foreign = DatasetFixtures.publish(publishing, other.organiser(), AccessTier.OPEN,
                Set.of(other.contestId()), null);
        DatasetPage unpublished = as(s.organiser(), () -> publishing.create(DatasetFixtures.metadata(
                DatasetFixtures.uniqueSlug("draft"), AccessTier.OPEN, Set.of(s.contestId()))));
        save(List.of(first.datasetId()), null);

        for (long refused : List.of(foreign.datasetId(), unpublished.id())) {
            assertThatThrownBy(() -> save(List.of(first.datasetId(), refused), null))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("submission.error.dataset"));
        }
        assertThat(as(s.leader(), () -> drafts.myPackage(s.contestId())).input().datasetIds())
                .as("a refused save changes nothing").containsExactly(first.datasetId());
        assertThat(choices.choicesFor(s.contestId())).extracting(DatasetChoice::id)
                .doesNotContain(unpublished.id(), foreign.datasetId());
    }

    @Test
    void theMigrationTurnsFreeTextNamingTheContestsDatasetsIntoTheRelation() throws Exception {
        Scenario other = SubmissionFixtures.scenario(contests, teams, clock.instant());
        Published foreign = DatasetFixtures.publish(publishing, other.organiser(), AccessTier.OPEN,
                Set.of(other.contestId()), null);
        String title = as(s.organiser(), () -> publishing.edit(first.datasetId())).metadata().title().en();
        // the text as the old form stored it: one entry per line, names as the team typed them
        String text = "  " + title.toUpperCase() + " \nBus GPS 2025\n" + second.slug() + "\n" + foreign.slug();
        save(List.of(), text);
        VersionDetail version = submit();
        assertThat(version.input().datasetIds()).isEmpty();

        try (Connection connection = dataSource.getConnection()) {
            new V191__submission_datasets_from_text().migrate(context(connection));
        }

        PackageInput draft = as(s.leader(), () -> drafts.myPackage(s.contestId())).input();
        PackageInput submitted = as(s.leader(), () -> reading.version(version.summary().id())).input();
        for (PackageInput input : List.of(draft, submitted)) {
            assertThat(input.datasetIds()).containsExactly(first.datasetId(), second.datasetId());
            assertThat(input.otherData()).as("what names no dataset of this contest stays as text")
                    .isEqualTo("Bus GPS 2025\n" + foreign.slug());
        }
    }

    @Test
    void theImpactReportCountsEntriesDeclaringADatasetNextToTeamsDownloadingIt() {
        save(List.of(first.datasetId()), null);
        submit();
        as(s.member(), () -> catalog.downloadLink(second.file().id()));

        ImpactReport report = as(s.organiser(), () -> reports.impact(s.contestId()));
        assertThat(report.datasets()).filteredOn(trace -> trace.slug().equals(first.slug())).singleElement()
                .satisfies(trace -> {
                    assertThat(trace.declared()).isEqualTo(1);
                    assertThat(trace.downloaded()).isZero();
                });
        assertThat(report.datasets()).filteredOn(trace -> trace.slug().equals(second.slug())).singleElement()
                .satisfies(trace -> {
                    assertThat(trace.declared()).isZero();
                    assertThat(trace.downloaded()).isEqualTo(1);
                });
    }

    private PackageState save(List<Long> datasetIds, String otherData) {
        return as(s.leader(), () -> {
            PackageState state = drafts.myPackage(s.contestId());
            return drafts.saveDraft(s.contestId(), state.version(), new PackageInput(state.input().trackId(),
                    "Declared data", null, null, null, datasetIds, otherData, null, null, null));
        });
    }

    private VersionDetail submit() {
        return as(s.leader(), () -> {
            if (drafts.myPackage(s.contestId()).files().isEmpty()) {
                drafts.upload(s.contestId(), SubmissionFixtures.pdf(), "proposal.pdf", clock.instant());
            }
            return submitting.submit(s.contestId(), UUID.randomUUID().toString());
        });
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
