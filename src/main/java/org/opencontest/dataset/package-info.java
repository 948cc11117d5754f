/**
 * Datasets: the open data catalog, DCAT-AP metadata, numbered and checksummed releases with their files (CSV files
 * get a Table Schema data dictionary, a preview and a validation report), access tiers with terms acceptance,
 * presigned downloads with a record of every issued link, download statistics and the DCAT export.
 * <p>
 * Public API: {@link org.opencontest.dataset.internal.DatasetCatalog} (everyone) and
 * {@link org.opencontest.dataset.DatasetPublishing} (organisers) with their records. Entities and helpers live in
 * {@code internal}, views in {@code ui}, the HTTP endpoints (DCAT, download redirect, checksums) in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dataset")
package org.opencontest.dataset;
