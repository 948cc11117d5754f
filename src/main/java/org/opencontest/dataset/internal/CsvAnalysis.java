package org.opencontest.dataset.internal;

import org.opencontest.dataset.CsvPreview;
import org.opencontest.dataset.TableSchema;
import org.opencontest.dataset.ValidationReport;

/** What {@link CsvAnalyzer} learned about a CSV file; schema and preview are null when the file could not be read. */
record CsvAnalysis(TableSchema schema, CsvPreview preview, ValidationReport report) {
}
