package org.opencontest.dataset.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * The JSON forms of the CSV analysis kept in the database. The schema is stored as a Frictionless Table Schema
 * ({@code fields} with {@code name, type, format, description}) with the null count as an extra field property, so
 * the stored text is also what {@code schema.json} serves.
 */
final class DatasetJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private DatasetJson() {
    }

    /** The Table Schema document: fields plus the missing values the analysis used. */
    record SchemaDocument(java.util.List<SchemaField> fields, java.util.List<String> missingValues) {
    }

    static String schema(TableSchema schema) {
        return write(new SchemaDocument(schema.fields(), java.util.List.of("")));
    }

    static TableSchema schema(String json) {
        return json == null ? null : new TableSchema(read(json, SchemaDocument.class).fields());
    }

    static String preview(CsvPreview preview) {
        return preview == null ? null : write(preview);
    }

    static CsvPreview preview(String json) {
        return json == null ? null : read(json, CsvPreview.class);
    }

    static String report(ValidationReport report) {
        return report == null ? null : write(report);
    }

    static ValidationReport report(String json) {
        return json == null ? null : read(json, ValidationReport.class);
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored " + type.getSimpleName() + " is not valid JSON", e);
        }
    }
}
