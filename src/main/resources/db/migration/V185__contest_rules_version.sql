-- The rules carry a version number and the instant they last changed, so that participants consent to
-- "version 3 of 2 Dec 2026" rather than to a hash. Existing contests start at version 1 as of their last update.
ALTER TABLE contest ADD COLUMN rules_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE contest ADD COLUMN rules_changed_at TIMESTAMP WITH TIME ZONE;
UPDATE contest SET rules_changed_at = updated_at;
ALTER TABLE contest ALTER COLUMN rules_changed_at SET NOT NULL;
