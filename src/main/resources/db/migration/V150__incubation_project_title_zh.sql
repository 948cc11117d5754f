-- A project keeps both sides of its entry's title so that every reader sees their own language. Projects started
-- before this kept one side only (the starter's language); it stands for both until nothing better is known.
ALTER TABLE incubation_project RENAME COLUMN title TO title_en;
ALTER TABLE incubation_project ADD COLUMN title_zh VARCHAR(300);
UPDATE incubation_project SET title_zh = title_en;
ALTER TABLE incubation_project ALTER COLUMN title_zh SET NOT NULL;
