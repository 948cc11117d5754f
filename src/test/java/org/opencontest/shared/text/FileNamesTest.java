package org.opencontest.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Hostile names: path climbing, control characters, direction overrides, Windows device names, very long names. */
class FileNamesTest {

    @Test
    void theRecordKeepsWhatTheUserSentMinusControlAndFormattingCharacters() {
        assertThat(FileNames.recorded("../../etc/passwd")).isEqualTo("../../etc/passwd");
        assertThat(FileNames.printable("a\r\nb\u0000c\t.txt")).isEqualTo("abc.txt");
        assertThat(FileNames.printable("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(FileNames.printable("  数据集 2016.csv  ")).isEqualTo("数据集 2016.csv");
        assertThat(FileNames.printable("cafe\u0301.csv")).isEqualTo("caf\u00e9.csv");
        assertThat(FileNames.printable(null)).isEmpty();
        assertThat(FileNames.hasControlCharacters("a\u0000b")).isTrue();
        assertThat(FileNames.hasControlCharacters("a\u202Eb")).isFalse();
    }

    @Test
    void longNamesAreShortenedKeepingTheExtension() {
        String recorded = FileNames.recorded("交".repeat(400) + ".xlsx");

        assertThat(recorded.codePointCount(0, recorded.length())).isEqualTo(FileNames.MAX_CODE_POINTS);
        assertThat(recorded).endsWith("交.xlsx");
        assertThat(FileNames.baseName("交".repeat(400) + ".xlsx")).hasSize(405);
        String emoji = FileNames.recorded("😀".repeat(200));
        assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(FileNames.MAX_CODE_POINTS);
        String segment = FileNames.safeSegment("x".repeat(300) + ".csv", "_");
        assertThat(segment).hasSize(FileNames.MAX_SEGMENT_CODE_POINTS).endsWith("x.csv");
    }

    @Test
    void theBaseNameIsTheLastPathSegment() {
        assertThat(FileNames.baseName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.baseName("C:\\Users\\li\\proposal.pdf")).isEqualTo("proposal.pdf");
        assertThat(FileNames.baseName("dir/")).isEmpty();
        assertThat(FileNames.isBlank(FileNames.baseName("../.."))).isTrue();
        assertThat(FileNames.isBlank("a.")).isFalse();
    }

    @Test
    void aSafeSegmentCannotEscapeHideOrNameADevice() {
        assertThat(FileNames.safeSegment("../evil", "_")).isEqualTo("__evil");
        assertThat(FileNames.safeSegment(".hidden", "_")).isEqualTo("_hidden");
        assertThat(FileNames.safeSegment("a<b>:c\"d|e?f*.txt", "_")).isEqualTo("a_b__c_d_e_f_.txt");
        assertThat(FileNames.safeSegment("a\u202Egpj.exe", "_")).isEqualTo("agpj.exe");
        assertThat(FileNames.safeSegment("CON", "_")).isEqualTo("_CON");
        assertThat(FileNames.safeSegment("nul.txt", "_")).isEqualTo("_nul.txt");
        assertThat(FileNames.safeSegment("com1.tar.gz", "_")).isEqualTo("_com1.tar.gz");
        assertThat(FileNames.safeSegment("console.log", "_")).isEqualTo("console.log");
        assertThat(FileNames.safeSegment("report.pdf. . ", "_")).isEqualTo("report.pdf");
        assertThat(FileNames.safeSegment("..", "download")).isEqualTo("download");
        assertThat(FileNames.safeSegment(null, "download")).isEqualTo("download");
        assertThat(FileNames.safeSegment("城市安全.zip", "download")).isEqualTo("城市安全.zip");
    }

    @Test
    void uniqueNamesIgnoreCaseLikeMostDisks() {
        Set<String> taken = new HashSet<>();
        assertThat(FileNames.unique(taken, "team-v1")).isEqualTo("team-v1");
        assertThat(FileNames.unique(taken, "team-v1")).isEqualTo("team-v1-2");
        assertThat(FileNames.unique(taken, "Team-V1")).isEqualTo("Team-V1-3");
    }
}
