package org.opencontest.evaluation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** Answer keys and prediction files: UTF-8 (a byte-order mark is skipped), comma-separated, a header line. */
final class CsvInput {

    private CsvInput() {
    }

    static Reader utf8(InputStream content) {
        return new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }

    /** A parser over {@code reader} whose first record is the header, returned separately. */
    static CSVParser parser(Reader reader) {
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> trimmed(Iterable<String> values) {
        List<String> out = new ArrayList<>();
        values.forEach(value -> out.add(value.trim()));
        return out;
    }
}
