package org.opencontest.evaluation.internal;

import java.io.Serializable;
import java.time.Instant;

/** An evaluated track as its organisers see it (the split secret never leaves the entity). */
public record TrackView(long id, long version, long contestId, TrackSettings settings, String keyName, Long keyRows,
                        Long keyPublicRows, Instant keyUploadedAt, Instant revealedAt, LeaderboardRules rules) implements Serializable {

    static TrackView of(EvaluatedTrack track) {
        return new TrackView(track.getId(), track.getVersion(), track.getContestId(), track.settings(),
                track.getKeyName(), track.getKeyRows(), track.getKeyPublicRows(), track.getKeyUploadedAt(),
                track.getRevealedAt(), track.rules());
    }

    public boolean hasKey() {
        return keyName != null;
    }
}
