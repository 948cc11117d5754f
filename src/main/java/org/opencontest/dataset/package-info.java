/**
 * Datasets: the open data catalog, DCAT-AP metadata, numbered and checksummed releases with their files (CSV files
 * get a Table Schema data dictionary, a preview and a validation report), access tiers with terms acceptance,
 * presigned downloads with a record of every issued link, download statistics and the DCAT export.
 * <p>
 * Public API: {@link org.opencontest.dataset.DatasetCatalog} (everyone) and
 * {@link org.opencontest.dataset.DatasetPublishing} (organisers) with their records; narrow ports for other modules:
 * {@link org.opencontest.dataset.ContestDataUse} (impact report, publishers), and
 * {@link org.opencontest.dataset.ContestDatasetChoices} and {@link org.opencontest.dataset.DatasetLinks} (the datasets
 * a submission declares, as {@link org.opencontest.dataset.DatasetChoice}s). Entities and helpers live in
 * {@code internal}, views in {@code ui}, the HTTP endpoints (DCAT, download redirect, checksums) in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dataset")
package org.opencontest.dataset;
