package org.opencontest.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.opencontest.support.Actors.as;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opencontest.judging.ScoringFixtures.JudgeActor;
import org.opencontest.judging.ScoringFixtures.Judging;
import org.opencontest.judging.internal.AssignmentOverview;
import org.opencontest.submission.FinalVersionChanged;
import org.opencontest.submission.VersionDetail;
import org.opencontest.support.EventPublications;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An assignment run while submission is still open: the entry follows the team's final version, so the judge opens
 * what the team handed in last, until a sheet on it is submitted.
 */
class EntryFollowsFinalVersionIT extends IntegrationTest {

    @Autowired ScoringFixtures fixtures;
    @Autowired JudgeAssignments assignments;
    @Autowired JudgeScoring scoring;
    @Autowired EventPublications publications;
    @Autowired Clock clock;

    @Test
    void anEntryAssignedEarlyShowsTheLatestVersionUntilItIsJudged() {
        Judging j = fixtures.judging(clock.instant(), 1, 1, false, 1, 5);
        AssignmentOverview overview = as(j.organiser(), () -> assignments.assign(j.round().id()));
        assertThat(overview.submissionCloses()).as("submission is still open: the view warns").isNotNull();
        JudgeActor judge = j.judges().get(0);
        long assignment = as(judge.principal(), scoring::myQueue).get(0).assignmentId();
        assertThat(titleSeenBy(judge, assignment)).isEqualTo("Entry 1");

        fixtures.submit(j.leaders().get(0), j.contestId(), "Entry 1 revised", "revised.pdf");
        await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> titleSeenBy(judge, assignment).equals("Entry 1 revised"));
        assertThat(as(judge.principal(), () -> scoring.open(assignment)).entry().files())
                .as("the judge may read the new version's files").hasSize(2);

        ScoringSheet sheet = as(judge.principal(), () -> scoring.open(assignment));
        as(judge.principal(), () -> scoring.submit(assignment, sheet.sheet().version(),
                new SheetInput(Map.of("innovation", 3, "data", 7), Map.of(), "Clear and useful", "")));
        VersionDetail afterJudging = fixtures.submit(j.leaders().get(0), j.contestId(), "Entry 1 after judging",
                "after.pdf");
        publications.awaitHandled(FinalVersionChanged.class,
                changed -> changed.versionId() == afterJudging.summary().id());
        assertThat(titleSeenBy(judge, assignment)).as("the judged version stays").isEqualTo("Entry 1 revised");
    }

    private String titleSeenBy(JudgeActor judge, long assignment) {
        return as(judge.principal(), () -> scoring.open(assignment)).entry().titleEn();
    }
}
