-- The K of MAP@K and NDCG@K is now a setting of each evaluated track (it was fixed at 10); existing tracks keep 10.
ALTER TABLE evaluated_track ADD COLUMN ranking_cutoff INT NOT NULL DEFAULT 10;
UPDATE evaluated_track SET metric = 'MAP_AT_K' WHERE metric = 'MAP_AT_10';
UPDATE evaluated_track SET metric = 'NDCG_AT_K' WHERE metric = 'NDCG_AT_10';
