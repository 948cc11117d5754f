package org.opencontest.dataset.internal;

import java.io.Serializable;
import java.util.List;

/**
 * What the CSV check found, stored with the file and shown to the publisher before publishing. A release whose
 * files have errors cannot be published.
 *
 * @param encoding  the detected character encoding ({@code UTF-8}, {@code GBK}, {@code GB18030}), or null
 * @param delimiter the detected field delimiter
 * @param dataRows  data rows read (the header not counted)
 */
public record ValidationReport(String encoding, char delimiter, long dataRows, List<ValidationIssue> issues)
        implements Serializable {

    public ValidationReport {
        issues = List.copyOf(issues);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(ValidationIssue::isError);
    }
}
