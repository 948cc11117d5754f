package org.opencontest.dataset.internal;

import java.io.Serializable;
import java.util.List;

/**
 * A CSV file's data dictionary as a <a href="https://specs.frictionlessdata.io/table-schema/">Frictionless Table
 * Schema</a>: one field per column with its inferred type. Empty cells count as missing values ({@code ""}).
 */
public record TableSchema(List<SchemaField> fields) implements Serializable {

    public TableSchema {
        fields = List.copyOf(fields);
    }

    /** The same schema with the publisher's descriptions, by column position; {@code null} keeps a description. */
    public TableSchema withDescriptions(List<String> descriptions) {
        if (descriptions.size() != fields.size()) {
            throw new IllegalArgumentException("One description per field expected");
        }
        return new TableSchema(java.util.stream.IntStream.range(0, fields.size())
                .mapToObj(i -> fields.get(i).withDescription(descriptions.get(i)))
                .toList());
    }
}
