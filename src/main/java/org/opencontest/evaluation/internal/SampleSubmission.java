package org.opencontest.evaluation.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A sample submission for teams: the answer key's ids in its order with a placeholder prediction (0 for numbers,
 * 0.5 for probabilities and scores, the first class for labels, 1/k in each of the k class columns of multi-class
 * log loss), streamed from the key to the output line by line (for multi-class log loss the key is read twice: first
 * for its classes). It passes the checks, so a team can start from it. Only ids and class names leave the key.
 */
final class SampleSubmission {

    private SampleSubmission() {
    }

    /** Opens the answer key (again, for a second pass). */
    interface KeyFile {
        Reader open() throws IOException;
    }

    static void write(KeyFile key, TrackSettings settings, OutputStream out) {
        boolean perClass = settings.metric().kind() == Metric.Kind.CLASS_PROBABILITIES;
        try {
            List<String> classes = perClass ? classes(key, settings) : List.of();
            try (Reader reader = key.open()) {
                CSVParser parser = CsvInput.parser(reader);
                Iterator<CSVRecord> records = parser.iterator();
                List<String> header = CsvInput.trimmed(records.next());
                int idAt = header.indexOf(settings.idColumn());
                int targetAt = header.indexOf(settings.targetColumn());
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
                List<String> sampleHeader = new ArrayList<>(List.of(settings.idColumn()));
                sampleHeader.addAll(perClass ? classes : List.of(settings.targetColumn()));
                printer.printRecord(sampleHeader);
                List<String> placeholders = perClass
                        ? Collections.nCopies(classes.size(), Double.toString(1.0 / classes.size())) : null;
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    if (placeholders == null) {
                        placeholders = List.of(switch (settings.metric().kind()) {
                            case LABEL -> record.get(targetAt).trim();
                            case PROBABILITY, BINARY_SCORE -> "0.5";
                            case RANKING -> "";
                            default -> "0";
                        });
                    }
                    List<String> line = new ArrayList<>(placeholders.size() + 1);
                    line.add(record.get(idAt).trim());
                    line.addAll(placeholders);
                    printer.printRecord(line);
                }
                printer.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The distinct targets of the key, in the order they first appear (as {@link AnswerKey#labels()}). */
    private static List<String> classes(KeyFile key, TrackSettings settings) throws IOException {
        Set<String> classes = new LinkedHashSet<>();
        try (Reader reader = key.open()) {
            Iterator<CSVRecord> records = CsvInput.parser(reader).iterator();
            int targetAt = CsvInput.trimmed(records.next()).indexOf(settings.targetColumn());
            records.forEachRemaining(record -> classes.add(record.get(targetAt).trim()));
        }
        return List.copyOf(classes);
    }
}
