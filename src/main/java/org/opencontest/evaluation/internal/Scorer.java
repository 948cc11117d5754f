package org.opencontest.evaluation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.opencontest.contest.ContestService;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.storage.ObjectStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scores one entry (the db-scheduler job): marks it running, checks the daily quota, streams the answer key and the
 * prediction file from the object store through {@link PredictionScoring}, and records the rounded scores or the
 * findings in both languages, and announces the result ({@link EntryFinished}: the team's notice). An entry already scored or failed is left alone, so a job run twice scores once.
 * Reading the files holds no transaction. An unexpected failure (the store unreachable) is thrown to db-scheduler,
 * which retries the job later; the submission itself is never touched.
 */
@Component
class Scorer {

    private static final Logger LOG = LoggerFactory.getLogger(Scorer.class);
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final EvaluationEntryRepository entries;
    private final EvaluatedTrackRepository tracks;
    private final ContestService contests;
    private final ObjectStorage storage;
    private final MessageSource translations;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final PrivateIntervals intervals;
    private final KeySplits splits;

    Scorer(EvaluationEntryRepository entries, EvaluatedTrackRepository tracks, ContestService contests,
           ObjectStorage storage, MessageSource translations, Clock clock,
           PlatformTransactionManager transactions, ApplicationEventPublisher events, PrivateIntervals intervals,
           KeySplits splits) {
        this.splits = splits;
        this.events = events;
        this.intervals = intervals;
        this.entries = entries;
        this.tracks = tracks;
        this.contests = contests;
        this.storage = storage;
        this.translations = translations;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    void score(long entryId) {
        Job job = transaction.execute(status -> start(entryId));
        if (job == null) {
            return;
        }
        if (job.refusal() != null) {
            finish(entryId, null, List.of(job.refusal()));
            return;
        }
        PredictionScoring.Outcome outcome;
        try (InputStream keyFile = storage.get(job.track().getKeyObject());
             InputStream predictions = storage.get(job.objectKey())) {
            TrackSettings settings = job.track().settings();
            AnswerKey key = AnswerKey.read(keyFile, settings.idColumn(), settings.targetColumn(), settings.metric(),
                    job.track().split(), job.split());
            if (!key.findings().isEmpty()) {
                LOG.warn("Answer key of evaluated track {} no longer reads cleanly: {}", job.track().getId(),
                        key.findings().get(0));
                finish(entryId, null, List.of(Finding.of("evaluation.entry.keyBroken")));
                return;
            }
            outcome = PredictionScoring.score(key, predictions, settings);
        } catch (IOException e) {
            throw new UncheckedIOException("Scoring entry " + entryId + " could not read its files; retried", e);
        }
        finish(entryId, outcome.valid() ? outcome : null, outcome.findings());
    }

    /** What the job needs, or null when the entry is done already or waits for the answer key. */
    private Job start(long entryId) {
        EvaluationEntry entry = entries.findById(entryId).orElse(null);
        if (entry == null || entry.getStatus() == EvaluationEntry.Status.SCORED
                || entry.getStatus() == EvaluationEntry.Status.FAILED) {
            return null;
        }
        EvaluatedTrack track = tracks.findById(entry.getTrackRef()).orElseThrow();
        if (track.getKeyObject() == null) {
            // stays queued; uploading the answer key queues a job for it again
            return null;
        }
        entry.start(clock.instant());
        Finding refusal = null;
        if (entry.getObjectKey() == null) {
            refusal = Finding.of("evaluation.entry.noFile");
        } else {
            ZoneId zone = SystemIdentity.call(() -> contests.page(entry.getContestId()).zone());
            ZonedDateTime day = entry.getSubmittedAt().atZone(zone).toLocalDate().atStartOfDay(zone);
            long earlier = entries.countingBetween(track.getId(), entry.getTeamId(), day.toInstant(),
                    entry.getSubmittedAt());
            int quota = track.settings().dailyQuota();
            if (earlier >= quota) {
                refusal = Finding.of("evaluation.entry.quota", quota);
            }
        }
        return new Job(track, entry.getObjectKey(), refusal,
                refusal != null ? null : splits.find(track.getId(), track.getKeyObject()).orElse(null));
    }

    private void finish(long entryId, PredictionScoring.Outcome scored, List<Finding> findings) {
        transaction.executeWithoutResult(status -> {
            EvaluationEntry entry = entries.findById(entryId).orElseThrow();
            Instant now = clock.instant();
            if (scored != null) {
                EvaluatedTrack track = tracks.findById(entry.getTrackRef()).orElseThrow();
                int precision = track.settings().precision();
                entry.scored(round(scored.publicScore(), precision), round(scored.privateScore(), precision), now);
                if (track.isRevealed() && entry.isRankable()) {
                    // an on-time entry scored after the reveal can change the private board
                    intervals.enqueue(track.getId());
                }
            } else {
                entry.failed(new LocalizedText(text(findings, Locale.ENGLISH), text(findings, CHINESE)), now);
            }
            events.publishEvent(new EntryFinished(entryId));
        });
    }

    private String text(List<Finding> findings, Locale locale) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(translations.getMessage(finding.key(), finding.arguments(), locale));
        }
        return text.toString();
    }

    /** Scores are kept at the declared precision, so a probe smaller than it shows nothing. */
    static double round(double value, int precision) {
        if (!Double.isFinite(value)) {
            return value;
        }
        return BigDecimal.valueOf(value).setScale(precision, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** {@code split}: the key's rows' sides as stored at its upload, or null (then the ids are hashed). */
    private record Job(EvaluatedTrack track, String objectKey, Finding refusal, AnswerKey.StoredSplit split) {
    }
}
