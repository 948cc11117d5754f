-- DCAT-AP 3.0.0: the publisher's nature (ADMS publisher type) and the covered area as a controlled-vocabulary IRI
-- (GeoNames or the EU country, place and continent lists) beside the free bilingual text.
ALTER TABLE dataset ADD COLUMN publisher_type VARCHAR(40);
ALTER TABLE dataset ADD COLUMN spatial_uri VARCHAR(500);
