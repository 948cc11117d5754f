-- Final selections: a team picks up to final_selections of its entries for the private leaderboard (none picked:
-- its best public entries count). Freeze: from frozen_from on, other teams see the public board as it stood then.
ALTER TABLE evaluated_track ADD COLUMN final_selections INT NOT NULL DEFAULT 2;
ALTER TABLE evaluated_track ADD COLUMN frozen_from TIMESTAMP WITH TIME ZONE;
ALTER TABLE evaluation_entry ADD COLUMN selected BOOLEAN NOT NULL DEFAULT FALSE;
