-- The flood limit's question: how many data issues did this person report in the last hour.
CREATE INDEX dataset_issue_reporter_idx ON dataset_issue (reporter_id, created_at);
