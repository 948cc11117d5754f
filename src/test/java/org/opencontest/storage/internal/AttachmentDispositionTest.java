package org.opencontest.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

/** Download headers: a Chinese name arrives exactly as uploaded, an ASCII name stays readable for old clients. */
class AttachmentDispositionTest {

    @Test
    void aChineseNameTravelsAsUtf8FilenameStar() {
        String header = MinioObjectStorage.attachment("数据 v1.csv");

        assertThat(header).startsWith("attachment;").contains("filename*=UTF-8''%E6%95%B0%E6%8D%AE%20v1.csv");
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("数据 v1.csv");
    }

    @Test
    void anAsciiNameIsPlain() {
        assertThat(MinioObjectStorage.attachment("a;b=c,d.txt")).isEqualTo("attachment; filename=\"a;b=c,d.txt\"");
        assertThat(ContentDisposition.parse(MinioObjectStorage.attachment("say _hi_ & 'bye'.txt")).getFilename())
                .isEqualTo("say _hi_ & 'bye'.txt");
    }
}
