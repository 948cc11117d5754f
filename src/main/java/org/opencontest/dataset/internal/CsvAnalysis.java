package org.opencontest.dataset.internal;


/** What {@link CsvAnalyzer} learned about a CSV file; schema and preview are null when the file could not be read. */
record CsvAnalysis(TableSchema schema, CsvPreview preview, ValidationReport report) {
}
