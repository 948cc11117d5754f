-- Bootstrap confidence intervals of the private leaderboard, computed once after the reveal (a db-scheduler job):
-- each deciding entry's interval, and the entry ranked just below it when the two are statistically tied.
ALTER TABLE evaluation_entry ADD COLUMN private_low DOUBLE PRECISION;
ALTER TABLE evaluation_entry ADD COLUMN private_high DOUBLE PRECISION;
ALTER TABLE evaluation_entry ADD COLUMN private_tied_entry BIGINT;
ALTER TABLE evaluated_track ADD COLUMN intervals_at TIMESTAMP WITH TIME ZONE;
