package org.opencontest.submission.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opencontest.shared.error.UserFacingException;

class NamesTest {

    @Test
    void listedNamesAreTheLastPathSegment() {
        assertThat(FileNameRule.displayName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNameRule.displayName("C:\\Users\\li\\proposal.pdf")).isEqualTo("proposal.pdf");
        assertThatThrownBy(() -> FileNameRule.displayName("../..")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> FileNameRule.displayName("dir/")).isInstanceOf(UserFacingException.class);
    }
}
