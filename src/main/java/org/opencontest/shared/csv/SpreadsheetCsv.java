package org.opencontest.shared.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of every export: RFC 4180 (commons-csv, comma, CRLF, quoted when needed) in UTF-8 with a
 * byte-order mark, so that spreadsheet programs read Chinese names right. Text that a spreadsheet would run as a
 * formula ({@code = + - @}, tab or CR first) gets a leading apostrophe, so a team name like {@code =HYPERLINK(..)}
 * stays text; numbers are written as they are (a negative amount is no formula). The caller's stream is flushed, never
 * closed, so an export can be one entry of a ZIP.
 */
public final class SpreadsheetCsv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    private SpreadsheetCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts a document on {@code out} with the byte-order mark and the header row. */
    public static SpreadsheetCsv to(OutputStream out, String... header) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            SpreadsheetCsv csv = new SpreadsheetCsv(new CSVPrinter(writer, CSVFormat.DEFAULT));
            return header.length == 0 ? csv : csv.row(Arrays.asList(header));
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the CSV failed", e);
        }
    }

    public SpreadsheetCsv row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    public SpreadsheetCsv row(Iterable<?> cells) {
        try {
            for (Object cell : cells) {
                printer.print(guard(cell));
            }
            printer.println();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the CSV failed", e);
        }
    }

    /** An empty line, e.g. between the totals and the rows of a report. */
    public SpreadsheetCsv blankLine() {
        return row();
    }

    /** Hands everything written so far to the stream (which stays open). */
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the CSV failed", e);
        }
    }

    static Object guard(Object cell) {
        if (cell == null || cell instanceof Number) {
            return cell;
        }
        String text = cell.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
