-- The public/private side of every answer-key row (one bit per row, in the key's row order), computed once when the
-- key is uploaded, so that a scoring job need not compute the keyed hash (HMAC-SHA256) of every id again. Tied to the
-- key object it was computed from: a job uses it only for that object; keys uploaded before this table are hashed.
CREATE TABLE evaluation_key_split (
    evaluated_track_id BIGINT       NOT NULL PRIMARY KEY REFERENCES evaluated_track (id) ON DELETE CASCADE,
    key_object         VARCHAR(300) NOT NULL,
    key_rows           INT          NOT NULL,
    public_rows        BYTEA        NOT NULL
);
