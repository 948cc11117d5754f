package org.opencontest.incubation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencontest.incubation.internal.IncubationEvidence;
import org.opencontest.support.KaribuTest;

class EvidenceUploadTest extends KaribuTest {

    @Test
    void theBrowserIsToldTheLimitAndTheAcceptedTypes() {
        EvidenceUpload upload = new EvidenceUpload("evidence", (content, name) -> null, () -> {
        });

        assertThat(upload.getElement().getProperty("maxFileSize", 0.0)).isEqualTo((double) IncubationEvidence.MAX_BYTES);
        assertThat(upload.getAcceptedFileTypes()).contains("application/pdf", ".pdf", "image/png", ".png", ".docx",
                "text/csv", ".csv").doesNotContain("application/x-dosexec", ".exe");
    }
}
