package org.opencontest.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.evaluation.EvaluationFixtures.csv;
import static org.opencontest.support.Actors.as;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.dataset.DataFileView;
import org.opencontest.dataset.DatasetCatalog;
import org.opencontest.dataset.DatasetPage;
import org.opencontest.dataset.ReleaseView;
import org.opencontest.dataset.internal.DatasetSummary;
import org.opencontest.evaluation.internal.EvaluationSetup;
import org.opencontest.evaluation.internal.Metric;
import org.opencontest.evaluation.internal.TrackSettings;
import org.opencontest.evaluation.internal.TrackView;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.SubmissionFixtures.Scenario;
import org.opencontest.support.IntegrationTest;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sample submission is published with the contest's data: storing an answer key creates a dataset released to
 * the contest whose file lists the ids with placeholders (never a target), and a new key adds a release.
 */
class SamplePublicationIT extends IntegrationTest {

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
    Clock clock;

    @Test
    void theSampleOfEachAnswerKeyIsAReleaseOfTheContestsDataWithoutTheTargets() throws Exception {
        Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        TrackView track = fixtures.evaluatedTrack(s,
                new TrackSettings(null, Metric.RMSE, "id", "target", 0.5, 2, 4, false), csv(i -> "d-" + i + "," + (i + 0.25)));

        List<DatasetSummary> data = as(s.leader(), () -> catalog.forContest(s.contestId()));
        assertThat(data).hasSize(1);
        DatasetPage dataset = as(s.leader(), () -> catalog.page(data.get(0).slug()));
        assertThat(dataset.metadata().title().en()).startsWith("Sample submission");
        assertThat(dataset.metadata().title().zh()).startsWith("提交样例");
        ReleaseView first = dataset.releases().get(0);
        assertThat(first.files()).extracting(DataFileView::name).containsExactly("sample_submission.csv");
        String sample = download(s, first.files().get(0));
        assertThat(sample).startsWith("id,target\nd-1,0\nd-2,0\n").doesNotContain(".25")
                .hasLineCount(EvaluationFixtures.ROWS + 1);

        // a replaced key publishes its own sample as the next release; the first stays as it was
        as(s.organiser(), () -> setup.uploadAnswerKey(s.contestId(), track.id(),
                new ByteArrayInputStream(csv(i -> "e-" + i + "," + i)), "answers-2.csv"));
        DatasetPage updated = as(s.leader(), () -> catalog.page(data.get(0).slug()));
        assertThat(updated.id()).isEqualTo(dataset.id());
        assertThat(updated.releases()).hasSize(2);
        ReleaseView latest = updated.releases().stream().filter(ReleaseView::latest).findFirst().orElseThrow();
        assertThat(download(s, latest.files().get(0))).startsWith("id,target\ne-1,0\n");
        assertThat(download(s, first.files().get(0))).isEqualTo(sample);
        assertThat(as(s.leader(), () -> catalog.forContest(s.contestId()))).hasSize(1);
    }

    private String download(Scenario s, DataFileView file) throws Exception {
        return EvaluationFixtures.download(catalog, s.leader(), file);
    }
}
