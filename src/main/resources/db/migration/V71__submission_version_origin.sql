-- A version keeps the number it was submitted with for good, so that its receipt keeps naming what the lists show.
-- A team merge moves the absorbed team's versions to the surviving package without renumbering them: numbers (and
-- request keys) are unique per origin package, the package the version was submitted to, and a moved version
-- notes the team name its receipt carries. Versions merged before this migration keep the numbers they were given
-- then (their receipts still verify: the signed text is unchanged; only the number shown differs).
ALTER TABLE submission_version ADD COLUMN origin_package_id BIGINT;
ALTER TABLE submission_version ADD COLUMN origin_team_name VARCHAR(200);
UPDATE submission_version SET origin_package_id = package_id;
ALTER TABLE submission_version ALTER COLUMN origin_package_id SET NOT NULL;
ALTER TABLE submission_version DROP CONSTRAINT submission_version_number_unique;
ALTER TABLE submission_version DROP CONSTRAINT submission_version_request_unique;
ALTER TABLE submission_version ADD CONSTRAINT submission_version_number_unique UNIQUE (origin_package_id, number);
ALTER TABLE submission_version ADD CONSTRAINT submission_version_request_unique
    UNIQUE (origin_package_id, request_key);
