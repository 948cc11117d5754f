package org.opencontest.dataset;

import java.io.Serializable;
import java.time.Instant;

import org.opencontest.dataset.internal.CsvPreview;
import org.opencontest.dataset.internal.TableSchema;
import org.opencontest.dataset.internal.ValidationReport;

/**
 * A file of a release. {@code schema}, {@code preview} and {@code report} are present for CSV files only
 * ({@code schema} and {@code preview} also missing when the CSV could not be read).
 *
 * @param format a short format label for filters and badges, e.g. {@code CSV}, {@code ZIP}
 */
public record DataFileView(long id, long version, String name, long size, String sha256, String mediaType,
                           String format, Instant uploadedAt, TableSchema schema, CsvPreview preview,
                           ValidationReport report) implements Serializable {

    public boolean hasErrors() {
        return report != null && report.hasErrors();
    }
}
