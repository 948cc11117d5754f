package org.opencontest.submission.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SealedFileNameTest {

    @Test
    void keepsOnlyThePositionAndAnExtensionTheSniffedTypeAllows() {
        assertThat(SealedFileName.of(1, "AcmeTeam-final.PDF", "application/pdf")).isEqualTo("file-1.pdf");
        assertThat(SealedFileName.of(2, "AcmeTeam 数据.csv", "text/csv")).isEqualTo("file-2.csv");
        assertThat(SealedFileName.of(3, "slides.AcmeTeam", "application/pdf")).as("a made-up extension")
                .isEqualTo("file-3.pdf");
        assertThat(SealedFileName.of(4, "AcmeTeam", "application/x-acme-unknown")).isEqualTo("file-4");
    }
}
