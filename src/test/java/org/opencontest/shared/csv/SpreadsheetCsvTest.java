package org.opencontest.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCsvTest {

    @Test
    void writesABomAndQuotesWhatNeedsQuoting() {
        String csv = write(out -> SpreadsheetCsv.to(out, "id", "name").row(1, "a, \"b\"\nc").row(3, "数据先锋")
                .blankLine().row(List.of("x", "y")));
        assertThat(csv).isEqualTo("\uFEFFid,name\r\n1,\"a, \"\"b\"\"\nc\"\r\n3,数据先锋\r\n\r\nx,y\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(A1)", "+1+cmd", "-2+3", "@SUM(A1)", "\tcalc", "\rcalc"})
    void defusesEveryFormulaStart(String cell) {
        String csv = write(out -> SpreadsheetCsv.to(out).row("team", cell));
        assertThat(csv).as("a leading apostrophe keeps it text").contains("'" + cell)
                .doesNotContain("," + cell.charAt(0)).doesNotContain(",\"" + cell.charAt(0));
    }

    @Test
    void leavesNumbersAndEmptyCellsAlone() {
        String csv = write(out -> SpreadsheetCsv.to(out).row(-5, new BigDecimal("-1.50"), null, ""));
        assertThat(csv).isEqualTo("\uFEFF-5,-1.50,,\r\n");
    }

    private static String write(Function<ByteArrayOutputStream, SpreadsheetCsv> writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.apply(out).flush();
        return out.toString(StandardCharsets.UTF_8);
    }
}
