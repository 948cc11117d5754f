-- Judging per stage (issue 20): a round may judge one submission stage of a staged contest. Its entries are then
-- each team's latest version submitted in that stage, and its ranking shortlists teams into the next stage.
-- NULL keeps today's behaviour (the first round takes the final versions, later rounds the advanced entries).
ALTER TABLE judging_round ADD COLUMN stage INTEGER;
ALTER TABLE judging_round ADD CONSTRAINT judging_round_stage_positive CHECK (stage IS NULL OR stage > 0);
