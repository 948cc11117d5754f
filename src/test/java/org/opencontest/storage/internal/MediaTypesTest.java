package org.opencontest.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaTypesTest {

    private static final byte[] TEXT = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
            .getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "text named {0}: contradicts = {1}")
    @CsvSource({
            "report.pdf, true",
            "tool.exe, true",
            "photo.jpg, true",
            "archive.zip, true",
            "notes.txt, false",
            "data.csv, false",
            "data.json, false",
            "analysis.py, false",
            "README, false",
            "model.bin, false"})
    void plainTextMayCarryTextualExtensionsOnly(String name, boolean contradicts) {
        assertThat(MediaTypes.nameContradicts(name, MediaTypes.sniff(TEXT, name))).isEqualTo(contradicts);
    }

    @ParameterizedTest(name = "HTML named {0}: contradicts = {1}")
    @CsvSource({"page.html, false", "notes.txt, false", "page.pdf, true"})
    void aMoreSpecificContentTypeFitsAGenericExtension(String name, boolean contradicts) {
        byte[] html = "<html><body>hi</body></html>".getBytes(StandardCharsets.US_ASCII);
        assertThat(MediaTypes.nameContradicts(name, MediaTypes.sniff(html, name))).isEqualTo(contradicts);
    }
}
