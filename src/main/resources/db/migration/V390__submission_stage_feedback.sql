-- Feedback released per stage (issue 20): the organiser decides, stage by stage, whether the judges' comments on a
-- stage's entries reach the teams before the contest's results are published (a team refused from the next stage
-- learns why). Off for every existing stage: until now feedback came only with the published results.
ALTER TABLE submission_stage ADD COLUMN feedback_released BOOLEAN NOT NULL DEFAULT FALSE;
