package org.opencontest.evaluation.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A sample submission for teams: the answer key's ids in its order with a placeholder prediction (0 for numbers,
 * 0.5 for probabilities and scores, the first class for labels), streamed from the key to the output line by line.
 * It passes the checks, so a team can start from it. Only ids leave the key, never a target.
 */
final class SampleSubmission {

    private SampleSubmission() {
    }

    static void write(Reader key, TrackSettings settings, OutputStream out) {
        try {
            CSVParser parser = CsvInput.parser(key);
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = CsvInput.trimmed(records.next());
            int idAt = header.indexOf(settings.idColumn());
            int targetAt = header.indexOf(settings.targetColumn());
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
            printer.printRecord(settings.idColumn(), settings.targetColumn());
            String placeholder = null;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (placeholder == null) {
                    placeholder = switch (settings.metric().kind()) {
                        case LABEL -> record.get(targetAt).trim();
                        case PROBABILITY, BINARY_SCORE -> "0.5";
                        case RANKING -> "";
                        default -> "0";
                    };
                }
                printer.printRecord(record.get(idAt).trim(), placeholder);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
