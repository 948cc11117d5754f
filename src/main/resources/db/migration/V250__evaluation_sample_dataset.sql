-- The dataset (owned by the dataset module, released to the contest) in which the track's sample submission is
-- published; NULL until the first answer key is stored.
ALTER TABLE evaluated_track ADD COLUMN sample_dataset_id BIGINT;
