package org.opencontest.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.opencontest.dataset.internal.ValidationIssue.Code;

class CsvAnalyzerTest {

    private final CsvAnalyzer analyzer = new CsvAnalyzer(Long.MAX_VALUE);

    @Test
    void infersTypesNullCountsAndPreviewOfAUtf8File() {
        CsvAnalysis analysis = analyse("""
                id,name,speed,measured_on,at,ok,note
                1,延安路,42.5,2024-03-01,2024-03-01T08:00:00,true,
                2,Nanjing Rd,38,2024-03-02,2024-03-02T09:30:00,false,
                3,"Huaihai, middle",,2024-03-03,2024-03-03T10:00:00,TRUE,x
                """, StandardCharsets.UTF_8);

        assertThat(analysis.report().encoding()).isEqualTo("UTF-8");
        assertThat(analysis.report().delimiter()).isEqualTo(',');
        assertThat(analysis.report().dataRows()).isEqualTo(3);
        assertThat(analysis.report().issues()).isEmpty();
        assertThat(analysis.schema().fields()).extracting(SchemaField::name, SchemaField::type, SchemaField::nullCount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("id", "integer", 0L),
                        org.assertj.core.groups.Tuple.tuple("name", "string", 0L),
                        org.assertj.core.groups.Tuple.tuple("speed", "number", 1L),
                        org.assertj.core.groups.Tuple.tuple("measured_on", "date", 0L),
                        org.assertj.core.groups.Tuple.tuple("at", "datetime", 0L),
                        org.assertj.core.groups.Tuple.tuple("ok", "boolean", 0L),
                        org.assertj.core.groups.Tuple.tuple("note", "string", 2L));
        assertThat(analysis.preview().header()).containsExactly("id", "name", "speed", "measured_on", "at", "ok", "note");
        assertThat(analysis.preview().rows()).hasSize(3);
        assertThat(analysis.preview().rows().get(2).get(1)).isEqualTo("Huaihai, middle");
    }

    @Test
    void detectsGbkAndReadsChineseHeaders() {
        CsvAnalysis analysis = analyse("站点,日期,PM2.5\n徐汇,2024/03/01,35\n静安,2024/03/02,41\n", Charset.forName("GBK"));

        assertThat(analysis.report().encoding()).isEqualTo("GBK");
        assertThat(analysis.schema().fields()).extracting(SchemaField::name)
                .containsExactly("站点", "日期", "PM2.5");
        assertThat(analysis.schema().fields().get(1).type()).isEqualTo("date");
        assertThat(analysis.schema().fields().get(1).format()).isEqualTo("%Y/%m/%d");
        assertThat(analysis.preview().rows().get(0).get(0)).isEqualTo("徐汇");
    }

    @Test
    void detectsGb18030WhenCharactersOutsideGbkOccur() {
        // U+20BB7 (𠮷) exists in GB18030 only (four-byte sequence)
        CsvAnalysis analysis = analyse("名称,值\n𠮷野家,1\n", Charset.forName("GB18030"));

        assertThat(analysis.report().encoding()).isEqualTo("GB18030");
        assertThat(analysis.preview().rows().get(0).get(0)).isEqualTo("𠮷野家");
    }

    @Test
    void aUtf8ByteOrderMarkIsNotPartOfTheFirstColumnName() {
        byte[] body = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        CsvAnalysis analysis = analyzer.analyse(new ByteArrayInputStream(withBom));

        assertThat(analysis.schema().fields().get(0).name()).isEqualTo("a");
    }

    @Test
    void detectsSemicolonTabAndPipeDelimitersRespectingQuotes() {
        assertThat(analyse("a;b;c\n\"1,5\";2;3\n4;5;6\n", StandardCharsets.UTF_8).report().delimiter()).isEqualTo(';');
        assertThat(analyse("a\tb\n1\t2\n", StandardCharsets.UTF_8).report().delimiter()).isEqualTo('\t');
        assertThat(analyse("a|b|c\n1|2|3\n", StandardCharsets.UTF_8).report().delimiter()).isEqualTo('|');
        assertThat(analyse("\"x;y\",b\n\"1;2\",3\n", StandardCharsets.UTF_8).report().delimiter()).isEqualTo(',');
    }

    @Test
    void delimiterScoresPreferConsistentMultiFieldRows() {
        assertThat(DelimiterDetector.score(java.util.List.of(3, 3, 3))).isEqualTo(1.0);
        assertThat(DelimiterDetector.score(java.util.List.of(1, 1, 1))).isZero();
        assertThat(DelimiterDetector.score(java.util.List.of(3, 2, 3, 3))).isEqualTo(0.75);
    }

    @Test
    void reportsRaggedRowsWithTheirRowNumbers() {
        CsvAnalysis analysis = analyse("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n", StandardCharsets.UTF_8);

        ValidationIssue ragged = issue(analysis, Code.RAGGED_ROWS);
        assertThat(ragged.count()).isEqualTo(2);
        assertThat(ragged.rows()).containsExactly(3L, 4L);
        assertThat(ragged.expected()).isEqualTo(3);
        assertThat(analysis.report().hasErrors()).isFalse();
        assertThat(analysis.schema().fields().get(2).nullCount()).isEqualTo(1);
    }

    @Test
    void bytesThatAreNeitherUtf8NorGbkAreAnEncodingError() {
        byte[] bytes = {'a', ',', 'b', '\n', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, ',', '1', '\n'};

        CsvAnalysis analysis = analyzer.analyse(new ByteArrayInputStream(bytes));

        assertThat(issue(analysis, Code.BAD_ENCODING).isError()).isTrue();
        assertThat(analysis.schema()).isNull();
        assertThat(analysis.report().hasErrors()).isTrue();
    }

    @Test
    void badBytesAfterTheSampleAreFoundWhileStreaming() {
        StringBuilder good = new StringBuilder("a,b\n");
        while (good.length() < CsvAnalyzer.SAMPLE_BYTES + 1000) {
            good.append("1,2\n");
        }
        byte[] head = good.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 4];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3; // a lone lead byte: malformed UTF-8
        bytes[head.length + 1] = ',';
        bytes[head.length + 2] = '2';
        bytes[head.length + 3] = '\n';

        CsvAnalysis analysis = analyzer.analyse(new ByteArrayInputStream(bytes));

        assertThat(analysis.report().encoding()).isEqualTo("UTF-8");
        assertThat(issue(analysis, Code.BAD_ENCODING).rows().get(0)).isGreaterThan(1000L);
    }

    @Test
    void emptyAndBlankFilesAreReported() {
        assertThat(issue(analyse("", StandardCharsets.UTF_8), Code.EMPTY_FILE).isError()).isTrue();
        assertThat(issue(analyse(" \n\n ", StandardCharsets.UTF_8), Code.EMPTY_FILE).isError()).isTrue();
        CsvAnalysis headerOnly = analyse("a,b\n", StandardCharsets.UTF_8);
        assertThat(issue(headerOnly, Code.NO_DATA_ROWS).isError()).isFalse();
        assertThat(headerOnly.schema().fields()).extracting(SchemaField::type).containsExactly("any", "any");
    }

    @Test
    void blankAndDuplicateHeadersGetUniqueNames() {
        CsvAnalysis analysis = analyse("name,,Name\n1,2,3\n", StandardCharsets.UTF_8);

        assertThat(analysis.schema().fields()).extracting(SchemaField::name).containsExactly("name", "field_2", "Name_2");
        assertThat(issue(analysis, Code.BLANK_HEADER).count()).isEqualTo(1);
        assertThat(issue(analysis, Code.DUPLICATE_HEADER).count()).isEqualTo(1);
    }

    @Test
    void anUnclosedQuoteIsMalformed() {
        CsvAnalysis analysis = analyse("a,b\n1,\"never closed\n2,3\n", StandardCharsets.UTF_8);

        assertThat(issue(analysis, Code.MALFORMED_CSV).isError()).isTrue();
    }

    @Test
    void oneHugeLineStopsWithBoundedMemory() {
        // 200 MB of one line, generated on the fly: far more than the analyser may hold
        long size = 200L * 1024 * 1024;
        InputStream huge = new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
                left -= n;
                return n;
            }
        };

        CsvAnalysis analysis = analyzer.analyse(huge);

        ValidationIssue tooLong = issue(analysis, Code.ROW_TOO_LONG);
        assertThat(tooLong.isError()).isTrue();
        assertThat(tooLong.rows()).containsExactly(1L);
    }

    @Test
    void aVeryLargeFileIsAnalysedOnlyAtItsBeginning() {
        StringBuilder csv = new StringBuilder("n\n");
        for (int i = 0; i < 50_000; i++) {
            csv.append(i).append('\n');
        }
        // the limit counts bytes read from the store, which include the 64 KiB sample read first
        CsvAnalysis analysis = new CsvAnalyzer(100_000).analyse(
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(issue(analysis, Code.PARTIALLY_ANALYSED).isError()).isFalse();
        assertThat(analysis.report().dataRows()).isLessThan(50_000).isGreaterThan(10_000);
        assertThat(analysis.schema().fields().get(0).type()).isEqualTo("integer");
    }

    @Test
    void tooManyColumnsAreRefused() {
        String header = String.join(",", java.util.Collections.nCopies(CsvAnalyzer.MAX_COLUMNS + 1, "c")) + "\n";

        assertThat(issue(analyse(header, StandardCharsets.UTF_8), Code.TOO_MANY_COLUMNS).isError()).isTrue();
    }

    @Test
    void failuresOfTheSourceAreNotMistakenForBadCsv() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> analyzer.analyse(broken)).isInstanceOf(CsvAnalyzer.SourceReadException.class);
    }

    @Test
    void csvIsRecognisedByNameOrSniffedType() {
        assertThat(CsvAnalyzer.isCsv("data.CSV", "text/plain")).isTrue();
        assertThat(CsvAnalyzer.isCsv("data.tsv", null)).isTrue();
        assertThat(CsvAnalyzer.isCsv("data.txt", "text/csv")).isTrue();
        assertThat(CsvAnalyzer.isCsv("data.csv", "application/zip")).isFalse();
        assertThat(CsvAnalyzer.isCsv("data.json", "application/json")).isFalse();
    }

    private CsvAnalysis analyse(String text, Charset charset) {
        return analyzer.analyse(new ByteArrayInputStream(text.getBytes(charset)));
    }

    private static ValidationIssue issue(CsvAnalysis analysis, Code code) {
        return analysis.report().issues().stream().filter(i -> i.code() == code).findFirst()
                .orElseThrow(() -> new AssertionError("No " + code + " in " + analysis.report().issues()));
    }
}
