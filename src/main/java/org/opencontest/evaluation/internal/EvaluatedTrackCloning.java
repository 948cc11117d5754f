package org.opencontest.evaluation.internal;

import java.time.Clock;

import org.opencontest.contest.ContestCloneStep;
import org.opencontest.contest.ContestCopy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation module's part of a contest clone: each evaluated track's settings (metric, columns, public share,
 * quota, precision, blindness, K) and leaderboard rules (final selections; the freeze moved), on the clone's copy of
 * its track. Not the answer key, its public/private split secret or the sample dataset made from it: a new edition
 * needs new hidden answers, and a reused key or split would let last year's leaderboards give them away. The clone's
 * track gets a fresh split secret and waits for its own key.
 */
@Component
class EvaluatedTrackCloning implements ContestCloneStep {

    private final EvaluatedTrackRepository tracks;
    private final Clock clock;

    EvaluatedTrackCloning(EvaluatedTrackRepository tracks, Clock clock) {
        this.tracks = tracks;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void copy(ContestCopy copy) {
        tracks.saveAll(tracks.findByContestIdOrderByIdAsc(copy.sourceId()).stream().map(source -> {
            Long track = copy.track(source.getTrackId());
            EvaluatedTrack cloned = new EvaluatedTrack(copy.cloneId(), track, clock.instant());
            TrackSettings settings = source.settings();
            cloned.configure(new TrackSettings(track, settings.metric(), settings.idColumn(), settings.targetColumn(),
                    settings.publicFraction(), settings.dailyQuota(), settings.precision(), settings.blind(),
                    settings.rankingCutoff()));
            LeaderboardRules rules = source.rules();
            cloned.rules(new LeaderboardRules(rules.finalSelections(), copy.shift(rules.frozenFrom())));
            return cloned;
        }).toList());
    }
}
