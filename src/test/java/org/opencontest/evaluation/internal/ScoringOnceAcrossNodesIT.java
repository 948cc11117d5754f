package org.opencontest.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.storage.ObjectStorage;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.SubmissionFixtures.Scenario;
import org.opencontest.support.IntegrationTest;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two scheduler nodes on one database share the scoring queue: a second db-scheduler instance (its own name, its
 * own threads, the same task) runs beside the application's while a burst of jobs is queued. Every entry is scored,
 * none twice (each was started exactly once), none lost.
 */
class ScoringOnceAcrossNodesIT extends IntegrationTest {

    private static final int JOBS = 40;
    private static final int ROWS = 200;

    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    EvaluationSetup setup;
    @Autowired
    EvaluatedTrackRepository tracks;
    @Autowired
    EvaluationEntryRepository entries;
    @Autowired
    ObjectStorage storage;
    @Autowired
    SchedulerClient applicationNode;
    @Autowired
    OneTimeTask<Void> evaluationScoreTask;
    @Autowired
    Scorer scorer;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;

    @Test
    void aBurstOfJobsIsScoredOnceEachWithTwoNodesPolling() throws Exception {
        Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        TrackView created = as(s.organiser(), () -> setup.save(s.contestId(), null, 0,
                new TrackSettings(null, Metric.RMSE, "id", "target", 0.5, 100, 4, false)));
        as(s.organiser(), () -> setup.uploadAnswerKey(s.contestId(), created.id(),
                new ByteArrayInputStream(csv(0)), "answers.csv"));
        EvaluatedTrack track = tracks.findById(created.id()).orElseThrow();
        String predictions = storage.put("contests/" + s.contestId() + "/submissions/burst",
                new ByteArrayInputStream(csv(1)), "predictions.csv", 1024 * 1024).key();

        AtomicInteger secondNodeRuns = new AtomicInteger();
        Scheduler secondNode = Scheduler.create(dataSource, Tasks.oneTime(ScoringQueue.TASK).execute(
                        (instance, context) -> {
                            secondNodeRuns.incrementAndGet();
                            scorer.score(Long.parseLong(instance.getId()));
                        }))
                .schedulerName(new SchedulerName.Fixed("second-node")).threads(2)
                .pollingInterval(Duration.ofMillis(300)).build();
        secondNode.start();
        try {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < JOBS; i++) {
                // versions of the scenario's team (ids no real version has), each its own entry and job
                long version = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
                EvaluationEntry entry = entries.saveAndFlush(new EvaluationEntry(track, version, i + 1, s.teamId(),
                        "Team", predictions, "predictions.csv", clock.instant(), false, clock.instant()));
                ids.add(entry.getId());
            }
            for (long id : ids) {
                applicationNode.scheduleIfNotExists(evaluationScoreTask.instance(Long.toString(id)), clock.instant());
            }
            Instant until = Instant.now().plusSeconds(90);
            List<EvaluationEntry> done;
            do {
                Thread.sleep(300);
                done = entries.findAllById(ids);
            } while (done.stream().anyMatch(entry -> entry.getStatus() != EvaluationEntry.Status.SCORED)
                    && Instant.now().isBefore(until));

            assertThat(done).hasSize(JOBS).allSatisfy(entry -> {
                assertThat(entry.getStatus()).isEqualTo(EvaluationEntry.Status.SCORED);
                assertThat(entry.getAttempts()).as("times started").isEqualTo(1);
                assertThat(entry.getPublicScore()).isEqualTo(1.0);
            });
            System.out.printf("Scoring burst: %d jobs, %d on the second node%n", JOBS, secondNodeRuns.get());
        } finally {
            secondNode.stop();
        }
    }

    /** {@code ROWS} rows with ids r-1…; the target is the row number plus {@code offset}. */
    private static byte[] csv(int offset) {
        StringBuilder text = new StringBuilder("id,target\n");
        for (int i = 1; i <= ROWS; i++) {
            text.append("r-").append(i).append(',').append(i + offset).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
