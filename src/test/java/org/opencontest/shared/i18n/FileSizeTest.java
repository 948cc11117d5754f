package org.opencontest.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.opencontest.storage.FileTypeNames;

/** One size format and one way to name file types, whoever reads them. */
class FileSizeTest {

    @Test
    void sizesReadTheSameForTeamsAndJudgesInTheReadersNumberFormat() {
        assertThat(new FileSize(619).in(Locale.ENGLISH)).isEqualTo("619 B");
        assertThat(new FileSize(1536).in(Locale.ENGLISH)).isEqualTo("1.5 KB");
        assertThat(new FileSize(200L * 1024 * 1024).in(Locale.ENGLISH)).isEqualTo("200 MB");
        assertThat(new FileSize(1536).in(Locale.GERMANY)).isEqualTo("1,5 KB");
        assertThat(new FileSize(5L * 1024 * 1024 * 1024).in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("5 GB");
    }

    @Test
    void mediaTypesAreNamedAsPeopleKnowThem() {
        assertThat(FileTypeNames.of("application/x-tika-ooxml")).isEqualTo("Office (DOCX, XLSX, PPTX)");
        assertThat(FileTypeNames.of(java.util.List.of("image/png", "application/zip", "application/pdf", "image/png")))
                .isEqualTo("PDF, PNG, ZIP");
        assertThat(FileTypeNames.of("application/msword")).isEqualTo("DOC");
        assertThat(FileTypeNames.of("application/x-unknown-thing")).isEqualTo("application/x-unknown-thing");
    }
}
