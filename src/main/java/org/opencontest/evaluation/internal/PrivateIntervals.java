package org.opencontest.evaluation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.opencontest.storage.ObjectStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bootstrap intervals of a revealed private leaderboard ({@link PrivateBootstrap}), computed once in a
 * db-scheduler job after the reveal (and again when an on-time entry is scored after it), stored on the deciding
 * entries, so a page view only reads them. Streams each deciding entry's prediction file once, in rank order, and
 * keeps the row values of two entries at a time: the pair being compared.
 */
@Component
class PrivateIntervals {

    static final String TASK = "evaluation-intervals";
    private static final Logger LOG = LoggerFactory.getLogger(PrivateIntervals.class);

    private final EvaluatedTrackRepository tracks;
    private final EvaluationEntryRepository entries;
    private final Leaderboards leaderboards;
    private final ObjectStorage storage;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final OneTimeTask<Void> task;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PrivateIntervals(EvaluatedTrackRepository tracks, EvaluationEntryRepository entries, Leaderboards leaderboards,
                     ObjectStorage storage, ObjectProvider<SchedulerClient> scheduler,
                     OneTimeTask<Void> evaluationIntervalsTask, Clock clock, PlatformTransactionManager transactions) {
        this.tracks = tracks;
        this.entries = entries;
        this.leaderboards = leaderboards;
        this.storage = storage;
        this.scheduler = scheduler;
        this.task = evaluationIntervalsTask;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A job for the track, due now (in the caller's transaction); nothing when one is queued already. */
    void enqueue(long trackId) {
        if (!OneTimeJobs.scheduleNow(scheduler, task, trackId, clock)) {
            LOG.warn("No job scheduler in this instance; the intervals of evaluated track {} wait", trackId);
        }
    }

    void compute(long trackId) {
        Plan plan = transaction.execute(status -> plan(trackId));
        while (plan != null) {
            compute(plan);
            // an entry scored while this job ran could not queue one of its own (this one was still queued): look again
            Plan now = transaction.execute(status -> plan(trackId));
            plan = now != null && !now.entryIds().equals(plan.entryIds()) ? now : null;
        }
    }

    private void compute(Plan plan) {
        TrackSettings settings = plan.track().settings();
        Resampling resampling = Resampling.of(settings);
        AnswerKey key;
        try (InputStream keyFile = storage.get(plan.track().getKeyObject())) {
            key = AnswerKey.read(keyFile, settings.idColumn(), settings.targetColumn(), settings.metric(),
                    plan.track().split());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // each key row's place among the private rows, -1 for a public row
        int[] privatePlace = new int[key.size()];
        int privateRows = 0;
        for (int row = 0; row < key.size(); row++) {
            privatePlace[row] = key.isPublic(row) ? -1 : privateRows++;
        }
        double[] targets = new double[privateRows];
        for (int row = 0; row < key.size(); row++) {
            if (privatePlace[row] >= 0) {
                targets[privatePlace[row]] = resampling.target(key.target(row));
            }
        }
        List<EvaluationEntry> ranking = plan.ranking();
        PrivateBootstrap.Interval[] intervals = new PrivateBootstrap.Interval[ranking.size()];
        boolean[] tiedWithNext = new boolean[ranking.size()];
        long seed = plan.track().bootstrapSeed();
        Resampling.Rows previous = null;
        for (int i = 0; i < ranking.size(); i++) {
            Resampling.Rows rows = resampling.rows(rowValues(key, ranking.get(i), settings, resampling, privatePlace,
                    privateRows), targets);
            if (previous != null) {
                PrivateBootstrap.Comparison pair = PrivateBootstrap.compare(previous, rows, privateRows,
                        PrivateBootstrap.SAMPLES, seed);
                if (i == 1) {
                    intervals[0] = pair.first();
                }
                intervals[i] = pair.second();
                tiedWithNext[i - 1] = pair.tied();
            } else if (ranking.size() == 1) {
                intervals[0] = PrivateBootstrap.interval(rows, privateRows, PrivateBootstrap.SAMPLES, seed);
            }
            previous = rows;
        }
        transaction.executeWithoutResult(status -> store(plan, intervals, tiedWithNext));
    }

    private Plan plan(long trackId) {
        EvaluatedTrack track = tracks.findById(trackId).orElse(null);
        if (track == null || !track.isRevealed() || track.getKeyObject() == null) {
            return null;
        }
        return new Plan(track, leaderboards.privateRanking(track));
    }

    /** The entry's value for each private row, from its prediction file streamed against the key. */
    private double[] rowValues(AnswerKey key, EvaluationEntry entry, TrackSettings settings, Resampling resampling,
                               int[] privatePlace, int privateRows) {
        double[] values = new double[privateRows];
        try (InputStream predictions = storage.get(entry.getObjectKey())) {
            PredictionScoring.Outcome outcome = PredictionScoring.score(key, predictions, settings,
                    (row, prediction) -> {
                        if (privatePlace[row] >= 0) {
                            values[privatePlace[row]] = resampling.value(key.target(row), prediction);
                        }
                    });
            if (!outcome.valid()) {
                throw new IllegalStateException("Scored entry " + entry.getId() + " no longer reads cleanly: "
                        + outcome.findings().get(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    private void store(Plan plan, PrivateBootstrap.Interval[] intervals, boolean[] tiedWithNext) {
        int precision = plan.track().settings().precision();
        List<EvaluationEntry> ranking = plan.ranking();
        for (int i = 0; i < ranking.size(); i++) {
            EvaluationEntry entry = entries.findById(ranking.get(i).getId()).orElseThrow();
            Long tied = tiedWithNext[i] ? ranking.get(i + 1).getId() : null;
            entry.privateInterval(Scorer.round(intervals[i].low(), precision),
                    Scorer.round(intervals[i].high(), precision), tied);
        }
        tracks.findById(plan.track().getId()).orElseThrow().intervalsComputed(clock.instant());
        LOG.info("Bootstrap intervals of evaluated track {}: {} entries, tied pairs {}", plan.track().getId(),
                ranking.size(), Arrays.toString(tiedWithNext));
    }

    private record Plan(EvaluatedTrack track, List<EvaluationEntry> ranking) {

        List<Long> entryIds() {
            return ranking.stream().map(EvaluationEntry::getId).toList();
        }
    }

    /** The interval job, picked by any node; the instance id is the evaluated track's id. */
    @Configuration(proxyBeanMethods = false)
    static class Jobs {

        @Bean
        OneTimeTask<Void> evaluationIntervalsTask(@Lazy PrivateIntervals intervals) {
            return Tasks.oneTime(TASK).execute((instance, context) -> intervals.compute(Long.parseLong(
                    instance.getId())));
        }
    }
}
