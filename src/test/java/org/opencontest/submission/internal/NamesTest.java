package org.opencontest.submission.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

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

    @Test
    void zipSegmentsCannotEscapeOrHide() {
        assertThat(ZipNames.segment("../evil")).isEqualTo("__evil");
        assertThat(ZipNames.segment(".hidden")).isEqualTo("_hidden");
        assertThat(ZipNames.segment("a\u202Egpj.exe")).isEqualTo("a_gpj.exe");
        assertThat(ZipNames.segment("x".repeat(300))).hasSize(120);
        Set<String> taken = new HashSet<>();
        assertThat(ZipNames.unique(taken, "team-v1")).isEqualTo("team-v1");
        assertThat(ZipNames.unique(taken, "team-v1")).isEqualTo("team-v1-2");
    }
}
