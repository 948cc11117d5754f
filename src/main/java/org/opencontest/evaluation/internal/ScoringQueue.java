package org.opencontest.evaluation.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.opencontest.submission.VersionSubmitted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Queues every version submitted to an evaluated track for scoring: an {@link EvaluationEntry} and a db-scheduler
 * job, written in one transaction (db-scheduler's data source takes part in Spring's transactions). The listener
 * runs after the submit has committed, off the request; the publication registry retries it if it fails, and a
 * repeat finds the entry already there. db-scheduler hands each job to exactly one node and gives a job whose node
 * died (no heartbeat) to another.
 */
@Component
class ScoringQueue {

    static final String TASK = "evaluation-score";
    private static final Logger LOG = LoggerFactory.getLogger(ScoringQueue.class);

    private final EvaluatedTrackRepository tracks;
    private final EvaluationEntryRepository entries;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final OneTimeTask<Void> task;
    private final Clock clock;

    ScoringQueue(EvaluatedTrackRepository tracks, EvaluationEntryRepository entries,
                 ObjectProvider<SchedulerClient> scheduler,
                 OneTimeTask<Void> evaluationScoreTask, Clock clock) {
        this.tracks = tracks;
        this.entries = entries;
        this.scheduler = scheduler;
        this.task = evaluationScoreTask;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(VersionSubmitted submitted) {
        Optional<EvaluatedTrack> evaluated = trackFor(tracks.findByContestIdOrderByIdAsc(submitted.contestId()),
                submitted.trackId());
        if (evaluated.isEmpty() || entries.findByVersionId(submitted.versionId()).isPresent()) {
            return;
        }
        VersionSubmitted.File file = predictionFile(submitted.files());
        EvaluationEntry entry = entries.saveAndFlush(new EvaluationEntry(evaluated.get(), submitted.versionId(),
                submitted.number(), submitted.teamId(), submitted.teamName(), file == null ? null : file.objectKey(),
                file == null ? null : file.name(), submitted.submittedAt(), submitted.late(), clock.instant()));
        enqueue(entry.getId());
    }

    /** A job for the entry, due now; nothing when one is queued for it already. */
    void enqueue(long entryId) {
        if (!OneTimeJobs.scheduleNow(scheduler, task, entryId, clock)) {
            LOG.warn("No job scheduler in this instance; evaluation entry {} stays queued", entryId);
        }
    }

    /** The track's own evaluated track, else one for the whole contest. */
    static Optional<EvaluatedTrack> trackFor(List<EvaluatedTrack> evaluated, Long trackId) {
        return evaluated.stream().filter(track -> Objects.equals(track.getTrackId(), trackId)).findFirst()
                .or(() -> evaluated.stream().filter(track -> track.getTrackId() == null).findFirst());
    }

    /** The first CSV file of the version, else its first file; null when it has none. */
    static VersionSubmitted.File predictionFile(List<VersionSubmitted.File> files) {
        return files.stream().filter(file -> file.name().toLowerCase(Locale.ROOT).endsWith(".csv"))
                .findFirst().orElse(files.isEmpty() ? null : files.get(0));
    }

    /** The scoring job, picked by any node; the instance id is the entry's id. */
    @Configuration(proxyBeanMethods = false)
    static class Jobs {

        @Bean
        OneTimeTask<Void> evaluationScoreTask(@Lazy Scorer scorer) {
            return Tasks.oneTime(TASK).execute((instance, context) -> scorer.score(Long.parseLong(instance.getId())));
        }
    }
}
