package org.opencontest.team.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as spreadsheets read it (RFC 4180: comma-separated, CRLF, fields quoted when needed). Cells that a spreadsheet
 * would run as a formula ({@code = + - @} and tab/CR at the start) get a leading apostrophe, so a team name like
 * {@code =HYPERLINK(...)} stays text.
 */
public final class TeamCsv {

    private final StringBuilder text = new StringBuilder("\uFEFF");

    /** Appends one record. */
    public TeamCsv row(List<String> cells) {
        text.append(cells.stream().map(TeamCsv::cell).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    /** The document, starting with a byte-order mark so that spreadsheet programs read UTF-8 (Chinese names). */
    @Override
    public String toString() {
        return text.toString();
    }

    static String cell(String value) {
        String safe = value == null ? "" : value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        boolean quote = safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
