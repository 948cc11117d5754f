package org.opencontest.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The byte reader against what it replaced: {@link CsvInput#utf8} and {@link CsvInput#parser} (Commons CSV) must give
 * the same records, cell for cell (trimmed), for every file, or both refuse it.
 */
class CsvRowsTest {

    @Test
    void quotedCellsCrlfLoneCrByteOrderMarkAndNoFinalLineBreakReadAsCommonsCsvReadsThem() {
        for (String file : List.of(
                "id,target\n1,2\n",
                "id,target\r\n1,2\r\n3,4",
                "id,target\r1,2\r\r3,4\r",
                "\uFEFFid,target\n1,2\n",
                "\n\r\n\nid,target\n\n1,2\r\n\r\n3,4\n\n",
                "id,target\n\"1\",2\n\"a,b\",\"x \"\"y\"\" z\"\n",
                "id,target\n\"multi\nline\r\nid\",5\n6,7",
                "id,target\n ab\"c , 1\n\"\",\n,\n",
                "id,target\n区-1, 1.5e-3 \nдва,2E+10\n\"é,ü\",3\n",
                "a",
                "",
                "\uFEFF",
                " \n",
                "\"a\"  ,b\n")) {
            assertThat(bytesRead(file)).as(file).isEqualTo(commonsRead(file));
        }
    }

    @Test
    void randomFilesAcrossBufferBoundariesReadAsCommonsCsvReadsThem() {
        SplittableRandom random = new SplittableRandom(15);
        String[] plain = {"", "a", "1", "-2.5e3", " ", "区", "é", "12345678", " x ", "a\"b"};
        String[] quoted = {"\"q\"", "\"x,\ny\"", "\"a\"\"b\"", "\"\"", "\"\r\n\"", "\"区\""};
        String[] separators = {",", ",", ",", "\n", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n"};
        for (int round = 0; round < 3; round++) {
            StringBuilder file = new StringBuilder(round == 0 ? "\uFEFF" : "");
            // more than the reader's 1 MiB buffer, so that records cross its end
            while (file.length() < 1_300_000 * (round + 1)) {
                if (random.nextInt(8) == 0) {
                    file.append(quoted[random.nextInt(quoted.length)]);
                } else {
                    file.append(plain[random.nextInt(plain.length)]);
                    if (random.nextInt(100) == 0) {
                        // a long cell
                        file.append("y".repeat(random.nextInt(200_000)));
                    }
                }
                file.append(separators[random.nextInt(separators.length)]);
            }
            String text = file.toString();
            assertThat(bytesRead(text)).isEqualTo(commonsRead(text));
        }
    }

    @Test
    void lookingAheadGivesACellOfTheNextLinesInTheBufferAndMovesNothing() {
        String file = "id,target\n a1 ,1\nb2,2\r\n\r\nc3, 3\n,4\nd4,5\n\"e,5\",6";
        CsvRows records = new CsvRows(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        assertThat(records.next()).isTrue();
        int[] from = new int[3];
        int[] to = new int[3];
        assertThat(records.ahead(0, from, to)).isEqualTo(3);
        assertThat(cells(records, from, to, 3)).containsExactly("a1", "b2", "c3");
        from = new int[10];
        to = new int[10];
        // an empty cell is left out; a quote is a byte like any other
        assertThat(records.ahead(0, from, to)).isEqualTo(5);
        assertThat(cells(records, from, to, 5)).containsExactly("a1", "b2", "c3", "d4", "\"e");
        assertThat(records.ahead(1, from, to)).isEqualTo(6);
        assertThat(cells(records, from, to, 6)).containsExactly("1", "2", "3", "4", "5", "5\"");
        // the records are read as before
        assertThat(records.next()).isTrue();
        assertThat(records.texts()).containsExactly("a1", "1");
        assertThat(records.ahead(0, from, to)).isEqualTo(4);
        assertThat(cells(records, from, to, 1)).containsExactly("b2");
    }

    private static List<String> cells(CsvRows records, int[] from, int[] to, int count) {
        List<String> cells = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            cells.add(new String(records.buffer(), from[j], to[j] - from[j], StandardCharsets.UTF_8));
        }
        return cells;
    }

    @Test
    void aRecordLongerThanTheBufferIsReadWhole() {
        String id = "i".repeat(3_000_000);
        assertThat(bytesRead("id,target\n" + id + ",1\n2,3")).containsExactly(List.of("id", "target"),
                List.of(id, "1"), List.of("2", "3"));
    }

    @Test
    void malformedUtf8AndAnOpenQuoteAreRefusedAsTheStrictDecoderAndCommonsCsvRefuseThem() {
        byte[] notUtf8 = {'i', 'd', '\n', 'a', (byte) 0xC3, '\n'};
        assertThatThrownBy(() -> readAll(notUtf8)).isInstanceOf(UncheckedIOException.class);
        byte[] surrogate = {'i', 'd', '\n', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'};
        assertThatThrownBy(() -> readAll(surrogate)).isInstanceOf(UncheckedIOException.class);
        byte[] quoted = {'i', 'd', '\n', '"', (byte) 0xFF, '"', '\n'};
        assertThatThrownBy(() -> readAll(quoted)).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> readAll("id\n\"open\n1\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> readAll("id\n\"a\"b\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void theUtf8CheckAgreesWithTheJdksStrictDecoder() {
        SplittableRandom random = new SplittableRandom(8);
        int[] interesting = {0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5,
            0xFF, 0x9F, 0xA0, 0x8F, 0x90};
        for (int round = 0; round < 200_000; round++) {
            byte[] bytes = new byte[random.nextInt(1, 7)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextBoolean() ? interesting[random.nextInt(interesting.length)]
                        : random.nextInt(256));
            }
            assertThat(Utf8.valid(bytes, 0, bytes.length)).as(java.util.HexFormat.of().formatHex(bytes))
                    .isEqualTo(jdkAccepts(bytes));
        }
        byte[] text = "a区é😀".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.valid(text, 0, text.length)).isTrue();
    }

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static List<List<String>> bytesRead(String file) {
        return readAll(file.getBytes(StandardCharsets.UTF_8));
    }

    private static List<List<String>> readAll(byte[] bytes) {
        CsvRows rows = new CsvRows(new ByteArrayInputStream(bytes));
        List<List<String>> records = new ArrayList<>();
        while (rows.next()) {
            records.add(rows.texts());
        }
        return records;
    }

    private static List<List<String>> commonsRead(String file) {
        List<List<String>> records = new ArrayList<>();
        try (Reader reader = CsvInput.utf8(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)))) {
            for (CSVRecord record : CsvInput.parser(reader)) {
                records.add(CsvInput.trimmed(record));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }
}
