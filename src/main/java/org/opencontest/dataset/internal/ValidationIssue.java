package org.opencontest.dataset.internal;

import java.io.Serializable;
import java.util.List;

/**
 * One finding of a CSV check. Shown translated with {@link #messageKey()} and the arguments
 * {@code count, rows, expected}.
 *
 * @param count    how often it occurred
 * @param rows     the first row numbers (1 = the header line) where it occurred
 * @param expected the expected number of fields, for {@link Code#RAGGED_ROWS}
 */
public record ValidationIssue(Code code, long count, List<Long> rows, long expected) implements Serializable {

    public ValidationIssue {
        rows = List.copyOf(rows);
    }

    public enum Code {
        /** Nothing but white space or a byte-order mark. */
        EMPTY_FILE(true),
        /** Bytes that are neither UTF-8 nor GBK/GB18030. */
        BAD_ENCODING(true),
        /** A row longer than the analyser reads in one piece (e.g. a file that is one huge line). */
        ROW_TOO_LONG(true),
        /** Quotes that never close. */
        MALFORMED_CSV(true),
        /** More columns than a data dictionary can describe. */
        TOO_MANY_COLUMNS(true),
        RAGGED_ROWS(false),
        BLANK_HEADER(false),
        DUPLICATE_HEADER(false),
        NO_DATA_ROWS(false),
        /** Only the beginning of a very large file was analysed. */
        PARTIALLY_ANALYSED(false);

        private final boolean error;

        Code(boolean error) {
            this.error = error;
        }

        public boolean isError() {
            return error;
        }
    }

    public boolean isError() {
        return code.isError();
    }

    public String messageKey() {
        return "dataset.report." + code.name();
    }

    /** Arguments for {@link #messageKey()}: count, the listed rows joined by commas, expected fields. */
    public Object[] arguments() {
        return new Object[] {count, String.join(", ", rows.stream().map(String::valueOf).toList()), expected};
    }
}
