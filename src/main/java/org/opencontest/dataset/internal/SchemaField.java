package org.opencontest.dataset.internal;

import java.io.Serializable;

/**
 * One column of a {@link TableSchema}.
 *
 * @param type        a Table Schema type: {@code integer, number, boolean, date, datetime, string} or {@code any}
 *                    for a column without values
 * @param format      the Table Schema format, {@code default} unless dates need another one
 * @param nullCount   empty cells seen in the analysed rows
 * @param description the publisher's description; empty until they write one
 */
public record SchemaField(String name, String type, String format, long nullCount, String description)
        implements Serializable {

    public SchemaField {
        description = description == null ? "" : description.strip();
    }

    public SchemaField withDescription(String newDescription) {
        return newDescription == null ? this : new SchemaField(name, type, format, nullCount, newDescription);
    }
}
