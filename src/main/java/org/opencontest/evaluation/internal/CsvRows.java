package org.opencontest.evaluation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a UTF-8 CSV file, read as bytes: what {@link CsvInput#utf8} and {@link CsvInput#parser} read, without
 * a {@code char} or a {@code String} per cell. The stream is read in buffers of 1 MiB; an unquoted record (no {@code "}
 * in it, nearly every record) is split on {@code ,} and line breaks here, and its cells are byte ranges of the buffer,
 * valid until the next record. A record with a quote is handed whole to Commons CSV (as before, so quoting, escaped
 * quotes and line breaks inside quotes read the same) and its cells copied to a scratch array as UTF-8.
 * <p>
 * The same rules as Commons CSV's default format with empty lines ignored: a record ends at {@code \n}, {@code \r\n}
 * or a lone {@code \r}; a line with nothing on it is no record; the last line needs no line break. A UTF-8
 * byte-order mark at the start is skipped. A record that is not valid UTF-8, or a quote left open, throws
 * {@link UncheckedIOException} (the caller's "unreadable"), as the strict decoder did.
 */
final class CsvRows {

    private static final int BUFFER = 1 << 20;
    /** Longer records are refused: no cell of an answer key or a prediction file comes near. */
    static final int MAX_RECORD_BYTES = 64 << 20;

    private final InputStream in;
    private byte[] buffer = new byte[BUFFER];
    private int limit;
    private int position;
    private boolean eof;
    /** The last record ended with {@code \r}: a {@code \n} right after it belongs to that line break. */
    private boolean afterCarriageReturn;

    /** The current record: in {@code buffer} (from {@code recordStart}) or, once quoted, in {@code scratch}. */
    private byte[] bytes;
    private int recordStart;
    /** Start and end of each cell, relative to {@code recordStart}: cell i is {@code [bounds[2i], bounds[2i+1])}. */
    private int[] bounds = new int[16];
    private int cells;
    private byte[] scratch = new byte[256];

    CsvRows(InputStream in) {
        this.in = in;
    }

    /**
     * Moves to the next record, skipping empty lines.
     *
     * @return false at the end of the file
     * @throws UncheckedIOException the stream failed, a record is not UTF-8 or a quote is left open
     */
    boolean next() {
        if (position == 0 && limit == 0 && !eof) {
            skipByteOrderMark();
        }
        while (true) {
            if (!available(position)) {
                return false;
            }
            byte b = buffer[position];
            if (b == '\n' && afterCarriageReturn) {
                position++;
                afterCarriageReturn = false;
                continue;
            }
            afterCarriageReturn = false;
            if (b == '\r' || b == '\n') {
                // an empty line
                position++;
                afterCarriageReturn = b == '\r';
                continue;
            }
            return plainRecord();
        }
    }

    /** Cells in the current record. */
    int size() {
        return cells;
    }

    /** The array the current record's cells are in. */
    byte[] bytes() {
        return bytes;
    }

    /** Where cell {@code i} starts in {@link #bytes()}, leading spaces and control characters skipped (as {@code trim}). */
    int from(int i) {
        int from = recordStart + bounds[2 * i];
        int to = recordStart + bounds[2 * i + 1];
        while (from < to && (bytes[from] & 0xFF) <= ' ') {
            from++;
        }
        return from;
    }

    /** Where cell {@code i} ends (exclusive) in {@link #bytes()}, trailing spaces and control characters skipped. */
    int to(int i) {
        int from = recordStart + bounds[2 * i];
        int to = recordStart + bounds[2 * i + 1];
        while (to > from && (bytes[to - 1] & 0xFF) <= ' ') {
            to--;
        }
        return to;
    }

    /** Cell {@code i} as text, trimmed. */
    String text(int i) {
        int from = from(i);
        return new String(bytes, from, Math.max(from, to(i)) - from, StandardCharsets.UTF_8);
    }

    /** All cells as text, trimmed. */
    List<String> texts() {
        List<String> texts = new ArrayList<>(cells);
        for (int i = 0; i < cells; i++) {
            texts.add(text(i));
        }
        return texts;
    }

    /**
     * For looking ahead only (warming caches): where cell {@code column} is, trimmed, on each of the next lines after
     * the current record that are in the buffer already, up to {@code from.length} of them: cell j in
     * {@link #buffer()}{@code [from[j], to[j])}; returns how many. The lines are split naively (a quote is a byte like
     * any other, empty cells are left out), nothing is read from the stream and nothing moves: the next record is
     * still read as before. The ranges are valid until the next record.
     */
    int ahead(int column, int[] from, int[] to) {
        int found = 0;
        int cell = 0;
        int cellStart = position;
        for (int i = position; i < limit && found < from.length; i++) {
            byte b = buffer[i];
            boolean lineEnd = b == '\n' || b == '\r';
            if (b == ',' || lineEnd) {
                if (cell == column) {
                    int start = cellStart;
                    int end = i;
                    while (start < end && (buffer[start] & 0xFF) <= ' ') {
                        start++;
                    }
                    while (end > start && (buffer[end - 1] & 0xFF) <= ' ') {
                        end--;
                    }
                    if (start < end) {
                        from[found] = start;
                        to[found++] = end;
                    }
                }
                cell = lineEnd ? 0 : cell + 1;
                cellStart = i + 1;
            }
        }
        return found;
    }

    /** The buffer the ranges of {@link #ahead} are in. */
    byte[] buffer() {
        return buffer;
    }

    /** Splits the record starting at {@code position}; a quote hands it over to {@link #quotedRecord()}. */
    private boolean plainRecord() {
        int start = position;
        int i = start;
        int cell = 0;
        int cellStart = 0;
        boolean ascii = true;
        while (true) {
            // most bytes (digits, letters, '.', '-') are above ',', and every byte that ends a cell or a record, opens
            // a quote or is not ASCII is not: those are skipped in a loop of their own
            while (i < limit && buffer[i] > ',') {
                i++;
            }
            if (i == limit) {
                int shift = fill(start);
                i -= shift;
                start -= shift;
                if (i == limit) {
                    break;
                }
            }
            byte b = buffer[i];
            if (b == ',') {
                cell = bound(cell, cellStart, i - start);
                cellStart = i + 1 - start;
            } else if (b == '\n' || b == '\r') {
                afterCarriageReturn = b == '\r';
                break;
            } else if (b == '"') {
                position = start;
                return quotedRecord();
            } else if (b < 0) {
                ascii = false;
            }
            i++;
        }
        cells = bound(cell, cellStart, i - start);
        bytes = buffer;
        recordStart = start;
        position = i == limit ? i : i + 1;
        if (!ascii && !Utf8.valid(buffer, start, i)) {
            throw new UncheckedIOException(new CharacterCodingException());
        }
        return true;
    }

    private int bound(int cell, int from, int to) {
        if (2 * cell + 2 > bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[2 * cell] = from;
        bounds[2 * cell + 1] = to;
        return cell + 1;
    }

    /**
     * A record with a quote: finds its end as Commons CSV does (a quote at the start of a cell opens a quoted cell,
     * {@code ""} inside it is a quote, line breaks inside it are part of the cell), then lets Commons CSV read it.
     */
    private boolean quotedRecord() {
        int start = position;
        int i = start;
        boolean cellStart = true;
        boolean quoted = false;
        while (true) {
            if (!available(i)) {
                break;
            }
            start -= lastShift;
            i -= lastShift;
            byte b = buffer[i];
            if (quoted) {
                if (b == '"') {
                    if (!available(i + 1)) {
                        quoted = false;
                        i++;
                        break;
                    }
                    start -= lastShift;
                    i -= lastShift;
                    if (buffer[i + 1] == '"') {
                        i++;
                    } else {
                        quoted = false;
                    }
                }
            } else if (b == '\n' || b == '\r') {
                afterCarriageReturn = b == '\r';
                break;
            } else if (b == '"' && cellStart) {
                quoted = true;
            }
            cellStart = !quoted && b == ',';
            i++;
        }
        if (quoted) {
            throw new UncheckedIOException(new IOException("A quote is left open at the end of the file"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buffer, start, i - start)).toString();
        } catch (CharacterCodingException e) {
            throw new UncheckedIOException(e);
        }
        position = i == limit ? i : i + 1;
        List<String> values = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            records.next().forEach(values::add);
            if (records.hasNext()) {
                throw new IllegalStateException("One record read as two");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int at = 0;
        cells = 0;
        for (String value : values) {
            byte[] cell = value.getBytes(StandardCharsets.UTF_8);
            if (at + cell.length > scratch.length) {
                scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, at + cell.length));
            }
            System.arraycopy(cell, 0, scratch, at, cell.length);
            cells = bound(cells, at, at + cell.length);
            at += cell.length;
        }
        bytes = scratch;
        recordStart = 0;
        return true;
    }

    /** How far the last {@link #available} moved the buffer's content to the left. */
    private int lastShift;

    /**
     * Whether {@code buffer[at]} exists, reading more if needed; may move the current record (from {@code position})
     * to the buffer's start: then {@code at} and everything after {@code position} moved left by {@link #lastShift}.
     */
    private boolean available(int at) {
        lastShift = 0;
        if (at < limit) {
            return true;
        }
        lastShift = fill(position);
        return at - lastShift < limit;
    }

    /** Reads more, keeping the bytes from {@code keep} on (moved to the start); returns how far they moved. */
    private int fill(int keep) {
        if (eof) {
            return 0;
        }
        int shift = keep;
        if (shift > 0) {
            System.arraycopy(buffer, keep, buffer, 0, limit - keep);
            limit -= keep;
            position -= keep;
        }
        if (limit == buffer.length) {
            if (buffer.length >= MAX_RECORD_BYTES) {
                throw new IllegalStateException("A record longer than " + MAX_RECORD_BYTES + " bytes");
            }
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        try {
            int read = in.readNBytes(buffer, limit, buffer.length - limit);
            if (read == 0) {
                eof = true;
            }
            limit += read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shift;
    }

    private void skipByteOrderMark() {
        fill(0);
        if (limit >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF) {
            position = 3;
        }
    }
}
