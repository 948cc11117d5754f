package org.opencontest.storage.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    @Test
    void keepsWhatTheUserSentMinusControlAndFormattingCharacters() {
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("../../etc/passwd");
        assertThat(FileNames.clean("a\r\nb\u0000c\t.txt")).isEqualTo("abc.txt");
        assertThat(FileNames.clean("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(FileNames.clean("  数据集 2016.csv  ")).isEqualTo("数据集 2016.csv");
        assertThat(FileNames.clean(null)).isEmpty();
    }

    @Test
    void shortensLongNamesButKeepsTheExtension() {
        String longName = "交".repeat(400) + ".xlsx";

        String clean = FileNames.clean(longName);

        assertThat(clean.codePointCount(0, clean.length())).isEqualTo(FileNames.MAX_CODE_POINTS);
        assertThat(clean).endsWith("交.xlsx");
        String emoji = "😀".repeat(200);
        assertThat(FileNames.clean(emoji).codePointCount(0, FileNames.clean(emoji).length()))
                .isEqualTo(FileNames.MAX_CODE_POINTS);
    }

    @Test
    void downloadNamesAreTheLastSegmentWithoutCharactersFileSystemsRefuse() {
        assertThat(FileNames.forDownload("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.forDownload("C:\\Users\\x\\report.pdf")).isEqualTo("report.pdf");
        assertThat(FileNames.forDownload("a<b>:c\"d|e?f*.txt")).isEqualTo("a_b__c_d_e_f_.txt");
        assertThat(FileNames.forDownload("..")).isEqualTo("download");
        assertThat(FileNames.forDownload("dir/")).isEqualTo("download");
        assertThat(FileNames.forDownload(null)).isEqualTo("download");
        assertThat(FileNames.forDownload("城市安全.zip")).isEqualTo("城市安全.zip");
    }

    @Test
    void dispositionCarriesAnAsciiFallbackAndTheExactUtf8Name() {
        assertThat(FileNames.attachmentDisposition("数据 v1.csv"))
                .isEqualTo("attachment; filename=\"__ v1.csv\"; filename*=UTF-8''%E6%95%B0%E6%8D%AE%20v1.csv");
        assertThat(FileNames.attachmentDisposition("say \"hi\"\\.txt"))
                .isEqualTo("attachment; filename=\"say _hi__.txt\"; filename*=UTF-8''say%20%22hi%22%5C.txt");
        assertThat(FileNames.attachmentDisposition("a;b=c,d.txt"))
                .isEqualTo("attachment; filename=\"a;b=c,d.txt\"; filename*=UTF-8''a%3Bb%3Dc%2Cd.txt");
    }
}
