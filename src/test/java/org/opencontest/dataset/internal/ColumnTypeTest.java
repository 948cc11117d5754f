package org.opencontest.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnTypeTest {

    @Test
    void theMostSpecificTypeThatFitsEveryValueWins() {
        assertThat(type("1", "2", "-3")).isEqualTo("integer");
        assertThat(type("1", "2.5", "1e3")).isEqualTo("number");
        assertThat(type("true", "False")).isEqualTo("boolean");
        assertThat(type("2024-02-29", "2024-03-01")).isEqualTo("date");
        assertThat(type("2024-02-30")).isEqualTo("string");
        assertThat(type("2024-03-01 08:00:00")).isEqualTo("datetime");
        assertThat(type("2024-03-01T08:00:00+08:00")).isEqualTo("datetime");
        assertThat(type("1", "x")).isEqualTo("string");
        assertThat(type("1", "true")).isEqualTo("string");
    }

    @Test
    void blanksAreMissingValuesNotStrings() {
        ColumnType column = new ColumnType();
        column.accept("1");
        column.accept("");
        column.accept("  ");
        column.accept(null);

        assertThat(column.type()).isEqualTo("integer");
        assertThat(column.nullCount()).isEqualTo(3);
    }

    @Test
    void aColumnWithoutValuesIsAny() {
        ColumnType column = new ColumnType();
        column.accept("");

        assertThat(column.type()).isEqualTo("any");
    }

    private static String type(String... values) {
        ColumnType column = new ColumnType();
        for (String value : values) {
            column.accept(value);
        }
        return column.type();
    }
}
