package org.opencontest.dataset.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.opencontest.dataset.internal.ValidationIssue.Code;

/**
 * Reads a CSV file once, as a stream, and builds its data dictionary (Table Schema with inferred types and null
 * counts), a preview of the first rows and a validation report. Memory stays bounded whatever the file: the
 * encoding and delimiter come from a 64 KiB sample, rows are parsed one at a time, a row longer than
 * {@link #MAX_ROW_CHARS} stops the analysis (a "CSV" that is one huge line), and beyond {@code maxBytes} only the
 * beginning is analysed.
 */
final class CsvAnalyzer {

    static final int SAMPLE_BYTES = 64 * 1024;
    static final int MAX_ROW_CHARS = 256 * 1024;
    static final int MAX_COLUMNS = 500;
    static final int MAX_NAME_LENGTH = 200;
    static final int PREVIEW_ROWS = 10;
    static final int PREVIEW_COLUMNS = 50;
    static final int PREVIEW_CELL_LENGTH = 80;
    private static final int LISTED_ROWS = 10;

    private final long maxBytes;

    /** @param maxBytes how much of a file to analyse at most; the report says when a file was longer */
    CsvAnalyzer(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Whether a stored file is analysed as CSV: by its name, or by the type sniffed from its content. */
    static boolean isCsv(String fileName, String mediaType) {
        String name = fileName.toLowerCase(Locale.ROOT);
        boolean textual = mediaType == null || mediaType.startsWith("text/");
        return textual && (name.endsWith(".csv") || name.endsWith(".tsv"))
                || "text/csv".equals(mediaType) || "text/tab-separated-values".equals(mediaType);
    }

    /**
     * Analyses the stream (the caller closes it).
     *
     * @throws SourceReadException when reading the stream itself fails (the store, not the file)
     */
    CsvAnalysis analyse(InputStream source) {
        CountingInputStream counted = new CountingInputStream(source);
        BufferedInputStream in = new BufferedInputStream(counted, SAMPLE_BYTES);
        byte[] sample;
        boolean complete;
        try {
            in.mark(SAMPLE_BYTES + 1);
            sample = in.readNBytes(SAMPLE_BYTES);
            complete = in.read() < 0;
            in.reset();
        } catch (IOException e) {
            throw new SourceReadException(e);
        }
        Optional<Charset> detected = EncodingDetector.detect(sample, sample.length, complete);
        if (detected.isEmpty()) {
            return failed(null, ',', 0, new ValidationIssue(Code.BAD_ENCODING, 1, List.of(1L), 0));
        }
        Charset charset = detected.get();
        boolean bom = EncodingDetector.hasUtf8Bom(sample, sample.length);
        int offset = bom ? 3 : 0;
        String text = new String(sample, offset, sample.length - offset, charset);
        if (complete && text.isBlank()) {
            return failed(charset, ',', 0, new ValidationIssue(Code.EMPTY_FILE, 1, List.of(), 0));
        }
        char delimiter = DelimiterDetector.detect(text, complete);
        try {
            in.skipNBytes(offset);
        } catch (IOException e) {
            throw new SourceReadException(e);
        }
        return new Pass(charset, delimiter, counted).run(in);
    }

    private static CsvAnalysis failed(Charset charset, char delimiter, long rows, ValidationIssue issue) {
        return new CsvAnalysis(null, null, new ValidationReport(name(charset), delimiter, rows, List.of(issue)));
    }

    private static String name(Charset charset) {
        return charset == null ? null : charset.name();
    }

    /** One reading of the file with its running state. */
    private final class Pass {

        private final Charset charset;
        private final char delimiter;
        private final CountingInputStream counted;
        private final List<ValidationIssue> issues = new ArrayList<>();
        private final List<Long> raggedRows = new ArrayList<>();
        private final List<List<String>> previewRows = new ArrayList<>();
        private List<String> header = List.of();
        private List<ColumnType> columns = List.of();
        private boolean headerRead;
        private long ragged;
        private long dataRows;

        Pass(Charset charset, char delimiter, CountingInputStream counted) {
            this.charset = charset;
            this.delimiter = delimiter;
            this.counted = counted;
        }

        CsvAnalysis run(InputStream in) {
            RowLengthGuard reader = new RowLengthGuard(new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrailingData(true).get();
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                Iterator<CSVRecord> records = parser.iterator();
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    reader.rowEnded();
                    if (!headerRead) {
                        headerRead = true;
                        if (!readHeader(record)) {
                            return finish(false);
                        }
                    } else {
                        readRow(record);
                    }
                    if (counted.count() > maxBytes && records.hasNext()) {
                        issues.add(new ValidationIssue(Code.PARTIALLY_ANALYSED, dataRows, List.of(), 0));
                        break;
                    }
                }
            } catch (UncheckedIOException e) {
                issues.add(readFailure(e.getCause()));
                return finish(false);
            } catch (IOException e) {
                issues.add(readFailure(e));
                return finish(false);
            }
            if (columns.isEmpty()) {
                issues.add(new ValidationIssue(Code.EMPTY_FILE, 1, List.of(), 0));
                return finish(false);
            }
            if (dataRows == 0) {
                issues.add(new ValidationIssue(Code.NO_DATA_ROWS, 1, List.of(), 0));
            }
            if (ragged > 0) {
                issues.add(new ValidationIssue(Code.RAGGED_ROWS, ragged, raggedRows, header.size()));
            }
            return finish(true);
        }

        private boolean readHeader(CSVRecord record) {
            if (record.size() > MAX_COLUMNS) {
                issues.add(new ValidationIssue(Code.TOO_MANY_COLUMNS, record.size(), List.of(1L), MAX_COLUMNS));
                return false;
            }
            List<String> names = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            long blank = 0;
            long duplicate = 0;
            for (int i = 0; i < record.size(); i++) {
                String name = shorten(record.get(i).strip(), MAX_NAME_LENGTH);
                if (name.isEmpty()) {
                    blank++;
                    name = "field_" + (i + 1);
                }
                String unique = name;
                for (int n = 2; !seen.add(unique.toLowerCase(Locale.ROOT)); n++) {
                    unique = name + "_" + n;
                }
                if (!unique.equals(name)) {
                    duplicate++;
                }
                names.add(unique);
            }
            if (blank > 0) {
                issues.add(new ValidationIssue(Code.BLANK_HEADER, blank, List.of(1L), 0));
            }
            if (duplicate > 0) {
                issues.add(new ValidationIssue(Code.DUPLICATE_HEADER, duplicate, List.of(1L), 0));
            }
            header = names;
            columns = names.stream().map(n -> new ColumnType()).toList();
            return true;
        }

        private void readRow(CSVRecord record) {
            dataRows++;
            if (record.size() != header.size()) {
                ragged++;
                if (raggedRows.size() < LISTED_ROWS) {
                    raggedRows.add(dataRows + 1);
                }
            }
            for (int i = 0; i < columns.size(); i++) {
                columns.get(i).accept(i < record.size() ? record.get(i) : null);
            }
            if (previewRows.size() < PREVIEW_ROWS) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.min(record.size(), PREVIEW_COLUMNS); i++) {
                    cells.add(shorten(record.get(i), PREVIEW_CELL_LENGTH));
                }
                previewRows.add(cells);
            }
        }

        private ValidationIssue readFailure(Throwable failure) {
            long row = dataRows + (columns.isEmpty() ? 1 : 2);
            if (failure instanceof CharacterCodingException) {
                return new ValidationIssue(Code.BAD_ENCODING, 1, List.of(row), 0);
            }
            if (failure instanceof RowTooLongException) {
                return new ValidationIssue(Code.ROW_TOO_LONG, 1, List.of(row), MAX_ROW_CHARS);
            }
            return new ValidationIssue(Code.MALFORMED_CSV, 1, List.of(row), 0);
        }

        private CsvAnalysis finish(boolean readable) {
            ValidationReport report = new ValidationReport(name(charset), delimiter, dataRows, issues);
            if (!readable) {
                return new CsvAnalysis(null, null, report);
            }
            List<SchemaField> fields = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                ColumnType column = columns.get(i);
                fields.add(new SchemaField(header.get(i), column.type(), column.format(), column.nullCount(), ""));
            }
            List<String> previewHeader = header.subList(0, Math.min(header.size(), PREVIEW_COLUMNS));
            return new CsvAnalysis(new TableSchema(fields), new CsvPreview(previewHeader, previewRows), report);
        }
    }

    private static String shorten(String value, int max) {
        if (value.codePointCount(0, value.length()) <= max) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** Reading the stored bytes failed: a storage fault, not a property of the file. */
    static final class SourceReadException extends RuntimeException {

        SourceReadException(IOException cause) {
            super(cause);
        }
    }

    static final class RowTooLongException extends IOException {

        RowTooLongException() {
            super("A row is longer than " + MAX_ROW_CHARS + " characters");
        }
    }

    /** Counts bytes and turns the source's I/O failures into {@link SourceReadException}s, so they are not mistaken for bad CSV. */
    private static final class CountingInputStream extends FilterInputStream {

        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() {
            try {
                int b = in.read();
                if (b >= 0) {
                    count++;
                }
                return b;
            } catch (IOException e) {
                throw new SourceReadException(e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            try {
                int read = in.read(buffer, offset, length);
                if (read > 0) {
                    count += read;
                }
                return read;
            } catch (IOException e) {
                throw new SourceReadException(e);
            }
        }

        long count() {
            return count;
        }
    }

    /**
     * Stops a row that grows past {@link #MAX_ROW_CHARS}: the CSV parser holds a whole row in memory. Counting is per
     * row as the parser consumes it (it reads ahead a little, which only makes the limit approximate).
     */
    private static final class RowLengthGuard extends FilterReader {

        private long sinceRowStart;

        RowLengthGuard(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            count(Math.max(read, 0));
            return read;
        }

        void rowEnded() {
            sinceRowStart = 0;
        }

        private void count(int chars) throws RowTooLongException {
            sinceRowStart += chars;
            if (sinceRowStart > MAX_ROW_CHARS + SAMPLE_BYTES) {
                throw new RowTooLongException();
            }
        }
    }
}
