-- "Datasets used" becomes a relation to the contest's datasets (issue 13). A draft package declares datasets
-- (submission_package_dataset); a submitted version keeps the ones declared at submit time
-- (submission_version_dataset), frozen like the rest of the version. dataset_id is the dataset module's id and, like
-- every other module's id here, has no foreign key (modules share ids, not tables): the submission service checks
-- that a chosen dataset belongs to the contest. The free text stays as other_data, for data that is not one of the
-- contest's datasets; V191 moves the entries that name a contest dataset into the relation.
CREATE TABLE submission_package_dataset (
    package_id BIGINT NOT NULL REFERENCES submission_package (id) ON DELETE CASCADE,
    dataset_id BIGINT NOT NULL,
    PRIMARY KEY (package_id, dataset_id)
);
CREATE INDEX submission_package_dataset_dataset_idx ON submission_package_dataset (dataset_id);

CREATE TABLE submission_version_dataset (
    version_id BIGINT NOT NULL REFERENCES submission_version (id) ON DELETE CASCADE,
    dataset_id BIGINT NOT NULL,
    PRIMARY KEY (version_id, dataset_id)
);
CREATE INDEX submission_version_dataset_dataset_idx ON submission_version_dataset (dataset_id);

ALTER TABLE submission_package RENAME COLUMN datasets TO other_data;
ALTER TABLE submission_version RENAME COLUMN datasets TO other_data;
