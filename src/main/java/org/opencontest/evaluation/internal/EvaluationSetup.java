package org.opencontest.evaluation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.audit.AuditLog;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.Roles;
import org.opencontest.storage.ObjectStorage;
import org.opencontest.storage.StoredObject;
import org.opencontest.storage.UploadRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The organisers' side of evaluated tracks: settings per track, the answer key (streamed into the object store,
 * checked by reading it back once), the scoring entries and the reveal of the private leaderboard. Only those who
 * manage the contest get here; anyone else gets {@link NotFoundException}.
 */
@Service
public class EvaluationSetup {

    /** Answer keys are CSV; sniffing calls a small one text/plain. */
    static final Set<String> KEY_TYPES = Set.of("text/csv", "text/plain");
    static final long KEY_MAX_BYTES = 2L * 1024 * 1024 * 1024;

    private final ContestService contests;
    private final EvaluatedTrackRepository tracks;
    private final EvaluationEntryRepository entries;
    private final ObjectStorage storage;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ScoringQueue queue;
    private final SamplePublication samples;
    private final PrivateIntervals intervals;
    private final KeySplits splits;

    EvaluationSetup(ContestService contests, EvaluatedTrackRepository tracks, EvaluationEntryRepository entries,
                    ObjectStorage storage, AuditLog audit, Clock clock, PlatformTransactionManager transactions,
                    ScoringQueue queue, SamplePublication samples, PrivateIntervals intervals, KeySplits splits) {
        this.splits = splits;
        this.queue = queue;
        this.intervals = intervals;
        this.samples = samples;
        this.contests = contests;
        this.tracks = tracks;
        this.entries = entries;
        this.storage = storage;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The contest's evaluated tracks. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<TrackView> tracks(long contestId) {
        requireManaged(contestId);
        return tracks.findByContestIdOrderByIdAsc(contestId).stream().map(TrackView::of).toList();
    }

    /**
     * Creates ({@code evaluatedTrackId} null) or changes an evaluated track. Once an answer key is there, the
     * metric, the columns and the split stay as they are (scores already given would mean something else).
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public TrackView save(long contestId, Long evaluatedTrackId, long expectedVersion, TrackSettings settings) {
        requireManaged(contestId);
        TrackSettings clean = settings.validated();
        if (clean.trackId() != null && contests.page(contestId).tracks().stream()
                .noneMatch(track -> track.id() == clean.trackId())) {
            throw new UserFacingException("evaluation.settings.error.track");
        }
        EvaluatedTrack track;
        if (evaluatedTrackId == null) {
            boolean taken = tracks.findByContestIdOrderByIdAsc(contestId).stream()
                    .anyMatch(existing -> Objects.equals(existing.getTrackId(), clean.trackId()));
            if (taken) {
                throw new UserFacingException("evaluation.settings.error.exists");
            }
            track = new EvaluatedTrack(contestId, clean.trackId(), clock.instant());
        } else {
            track = owned(contestId, evaluatedTrackId);
            if (track.getVersion() != expectedVersion) {
                throw new UserFacingException("error.concurrentEdit");
            }
            TrackSettings before = track.settings();
            if (!Objects.equals(before.trackId(), clean.trackId())) {
                throw new UserFacingException("evaluation.settings.error.trackFixed");
            }
            if (track.getKeyObject() != null && (before.metric() != clean.metric()
                    || !before.idColumn().equals(clean.idColumn()) || !before.targetColumn().equals(clean.targetColumn())
                    || before.publicFraction() != clean.publicFraction() || before.rankingCutoff() != clean.rankingCutoff())) {
                throw new UserFacingException("evaluation.settings.error.fixed");
            }
        }
        track.configure(clean);
        EvaluatedTrack saved = tracks.saveAndFlush(track);
        audit.record("evaluation.track.saved", "contest:" + contestId, clean.toString());
        return TrackView.of(saved);
    }

    /**
     * Sets how many entries a team may pick for the private board and when the public board freezes; a freeze must
     * lie before the submission phase closes (after it, nothing new would be hidden).
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public TrackView saveRules(long contestId, long evaluatedTrackId, long expectedVersion, LeaderboardRules rules) {
        requireManaged(contestId);
        LeaderboardRules clean = rules.validated();
        EvaluatedTrack track = owned(contestId, evaluatedTrackId);
        if (track.getVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentEdit");
        }
        Instant closes = SubmissionDeadline.of(contests.page(contestId)).orElse(null);
        if (clean.frozenFrom() != null && closes != null && !clean.frozenFrom().isBefore(closes)) {
            throw new UserFacingException("evaluation.rules.error.freeze");
        }
        track.rules(clean);
        EvaluatedTrack saved = tracks.saveAndFlush(track);
        audit.record("evaluation.track.rules", "contest:" + contestId, "track " + evaluatedTrackId + ", " + clean);
        return TrackView.of(saved);
    }

    /**
     * Streams the answer key into the object store, reads it back once to check it (findings name the line) and
     * records it; a refused key is removed again and the previous one stays. Entries that were waiting for a key are
     * queued for scoring. The key's sample submission is then published with the contest's data
     * ({@link SamplePublication}).
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public TrackView uploadAnswerKey(long contestId, long evaluatedTrackId, InputStream content, String fileName) {
        TrackView stored = storeAnswerKey(contestId, evaluatedTrackId, content, fileName);
        samples.publish(evaluatedTrackId);
        return stored;
    }

    private TrackView storeAnswerKey(long contestId, long evaluatedTrackId, InputStream content, String fileName) {
        EvaluatedTrack track = transaction.execute(status -> {
            requireManaged(contestId);
            return owned(contestId, evaluatedTrackId);
        });
        StoredObject stored = storage.put("contests/" + contestId + "/evaluation/answer-keys", content, fileName,
                UploadRules.ofTypes(KEY_MAX_BYTES, KEY_TYPES));
        try {
            TrackSettings settings = track.settings();
            AnswerKey key;
            try (InputStream file = storage.get(stored.key())) {
                key = AnswerKey.read(file, settings.idColumn(), settings.targetColumn(), settings.metric(),
                        track.split());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!key.findings().isEmpty()) {
                throw new AnswerKeyRefusedException(key.findings());
            }
            return transaction.execute(status -> {
                EvaluatedTrack current = owned(contestId, evaluatedTrackId);
                String previous = current.getKeyObject();
                current.answerKey(stored.key(), stored.originalName(), stored.size(), stored.sha256(), key.size(),
                        key.publicSize(), clock.instant());
                EvaluatedTrack saved = tracks.saveAndFlush(current);
                // each row's side, kept so that scoring jobs need not hash every id again
                splits.store(saved.getId(), stored.key(), key);
                audit.record("evaluation.key.uploaded", "contest:" + contestId,
                        "track " + evaluatedTrackId + ", sha256 " + stored.sha256() + ", rows " + key.size());
                if (previous != null) {
                    AfterCommit.delete(storage, previous);
                }
                // submissions that arrived before the key waited for it
                entries.findByTrackRefAndStatus(saved.getId(), EvaluationEntry.Status.QUEUED)
                        .forEach(entry -> queue.enqueue(entry.getId()));
                return TrackView.of(saved);
            });
        } catch (RuntimeException refused) {
            AfterCommit.deleteNow(storage, stored.key());
            throw refused;
        }
    }

    /** The track's scoring entries, newest first. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<EntryView> entries(long contestId, long evaluatedTrackId) {
        requireManaged(contestId);
        EvaluatedTrack track = owned(contestId, evaluatedTrackId);
        return entries.findByTrackRefOrderBySubmittedAtDescIdDesc(track.getId()).stream()
                .map(entry -> EntryView.of(entry, true)).toList();
    }

    /**
     * Shows the private leaderboard to everyone; only once the submission phase has closed. Queues the computing of
     * its bootstrap intervals.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public TrackView reveal(long contestId, long evaluatedTrackId) {
        requireManaged(contestId);
        EvaluatedTrack track = owned(contestId, evaluatedTrackId);
        Instant now = clock.instant();
        if (SubmissionDeadline.openAt(contests.page(contestId), now)) {
            throw new UserFacingException("evaluation.reveal.error.open");
        }
        if (!track.isRevealed()) {
            track.reveal(now);
            intervals.enqueue(track.getId());
            audit.record("evaluation.track.revealed", "contest:" + contestId, "track " + evaluatedTrackId);
        }
        return TrackView.of(track);
    }

    private EvaluatedTrack owned(long contestId, long evaluatedTrackId) {
        return tracks.findById(evaluatedTrackId).filter(track -> track.getContestId() == contestId)
                .orElseThrow(NotFoundException::new);
    }

    private void requireManaged(long contestId) {
        if (!contests.canManage(contestId)) {
            throw new NotFoundException();
        }
    }
}
