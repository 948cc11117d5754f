package org.opencontest.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.evaluation.EvaluationFixtures.csv;
import static org.opencontest.support.Actors.as;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.dataset.DatasetCatalog;
import org.opencontest.dataset.DatasetPage;
import org.opencontest.dataset.DatasetPublishing;
import org.opencontest.dataset.ReleaseView;
import org.opencontest.dataset.internal.DatasetSummary;
import org.opencontest.evaluation.internal.EvaluationSetup;
import org.opencontest.evaluation.internal.Metric;
import org.opencontest.evaluation.internal.TrackSettings;
import org.opencontest.evaluation.internal.TrackView;
import org.opencontest.storage.StorageUnavailableException;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.SubmissionFixtures.Scenario;
import org.opencontest.support.OutageTest;
import org.opencontest.support.StopsTheStoreOnInsert;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The object store goes away in the middle of a sample publication: after the dataset module has started the draft
 * release and before the sample file is stored in it. The organiser gets the translated "storage unavailable"
 * refusal; the draft stays behind (the store cannot take the file), and once the store is back the next answer key
 * publishes its sample into that draft instead of being refused ("a draft exists"). The store is the outage
 * application's own ({@link OutageTest}), stopped the moment Hibernate inserts the draft's row.
 */
class SamplePublicationOutageIT extends OutageTest {

    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    EvaluationFixtures fixtures;
    @Autowired
    EvaluationSetup setup;
    @Autowired
    DatasetCatalog catalog;
    @Autowired
    DatasetPublishing publishing;
    @Autowired
    Clock clock;

    @Test
    void aPublicationCutShortByTheStoreLeavesADraftThatTheNextKeyReuses() throws Exception {
        Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        TrackView track = fixtures.evaluatedTrack(s,
                new TrackSettings(null, Metric.RMSE, "id", "target", 0.5, 2, 4, false), csv(i -> "d-" + i + "," + i));
        List<DatasetSummary> data = as(s.leader(), () -> catalog.forContest(s.contestId()));
        long datasetId = data.get(0).id();

        StopsTheStoreOnInsert.arm("DatasetRelease");
        assertThatThrownBy(() -> as(s.organiser(), () -> setup.uploadAnswerKey(s.contestId(), track.id(),
                new ByteArrayInputStream(csv(i -> "e-" + i + "," + i)), "answers-2.csv")))
                .isInstanceOf(StorageUnavailableException.class)
                .hasFieldOrPropertyWithValue("messageKey", "storage.error.unavailable");
        store().start();
        DatasetPage cut = as(s.organiser(), () -> publishing.edit(datasetId));
        assertThat(cut.releases()).filteredOn(ReleaseView::isDraft).as("the draft the outage left")
                .singleElement().satisfies(draft -> assertThat(draft.files()).isEmpty());

        as(s.organiser(), () -> setup.uploadAnswerKey(s.contestId(), track.id(),
                new ByteArrayInputStream(csv(i -> "f-" + i + "," + i)), "answers-3.csv"));
        DatasetPage after = as(s.organiser(), () -> publishing.edit(datasetId));
        assertThat(after.releases()).hasSize(2).noneMatch(ReleaseView::isDraft);
        ReleaseView latest = after.releases().stream().filter(ReleaseView::latest).findFirst().orElseThrow();
        assertThat(EvaluationFixtures.download(catalog, s.leader(), latest.files().get(0)))
                .startsWith("id,target\nf-1,0\n");
        assertThat(as(s.leader(), () -> catalog.forContest(s.contestId()))).hasSize(1);
    }
}
