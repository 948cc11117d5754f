package org.opencontest.evaluation.internal;

import java.util.BitSet;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public rows of each track's answer key, stored when the key is uploaded ({@code evaluation_key_split}): a
 * scoring job reads them as one bit per row instead of computing the HMAC of every id. Only used for the key object
 * they were computed from; without them (keys uploaded earlier) the job hashes the ids as before. Callers are the
 * scoring job and the key upload, which checks the organiser's rights first.
 */
@Component
class KeySplits {

    private final JdbcClient jdbc;

    KeySplits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the track's stored split; call in the transaction that records the key. */
    void store(long trackId, String keyObject, AnswerKey key) {
        jdbc.sql("DELETE FROM evaluation_key_split WHERE evaluated_track_id = ?").param(trackId).update();
        jdbc.sql("INSERT INTO evaluation_key_split (evaluated_track_id, key_object, key_rows, public_rows)"
                        + " VALUES (?, ?, ?, ?)")
                .params(trackId, keyObject, key.size(), key.publicRows().toByteArray()).update();
    }

    /** The stored split of the track's key {@code keyObject}, if there is one. */
    Optional<AnswerKey.StoredSplit> find(long trackId, String keyObject) {
        return jdbc.sql("SELECT key_rows, public_rows FROM evaluation_key_split"
                        + " WHERE evaluated_track_id = ? AND key_object = ?")
                .params(trackId, keyObject)
                .query((rs, n) -> new AnswerKey.StoredSplit(rs.getInt(1), BitSet.valueOf(rs.getBytes(2))))
                .optional();
    }
}
