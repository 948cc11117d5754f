-- The team's opt-in to the partner showcase (PARTNER accounts browse it): separate from the public showcase, with
-- the city the project works in and the datasets it uses as the team states them. The contest's theme is copied
-- when the team opts in, so the showcase filters and pages in one query.
ALTER TABLE incubation_project ADD COLUMN show_partners BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE incubation_project ADD COLUMN partner_city VARCHAR(80);
ALTER TABLE incubation_project ADD COLUMN partner_datasets VARCHAR(500);
ALTER TABLE incubation_project ADD COLUMN theme_en VARCHAR(120);
ALTER TABLE incubation_project ADD COLUMN theme_zh VARCHAR(120);
CREATE INDEX incubation_project_partners ON incubation_project (show_partners, stage);
