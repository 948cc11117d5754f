package org.opencontest.shared.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublicBaseUrlTest {

    @Test
    void linksHaveOneSlashWhateverTheConfiguredFormHas() {
        for (String configured : new String[] {"https://contest.example.org", "https://contest.example.org/",
                "https://contest.example.org//"}) {
            PublicBaseUrl base = new PublicBaseUrl(configured);
            assertThat(base.value()).isEqualTo("https://contest.example.org");
            assertThat(base.link("/verify-email?token=abc"))
                    .isEqualTo("https://contest.example.org/verify-email?token=abc");
        }
    }

    @Test
    void keepsAPathPrefix() {
        assertThat(new PublicBaseUrl("https://example.org/contest/").link("/login"))
                .isEqualTo("https://example.org/contest/login");
    }

    @Test
    void refusesAPathWithoutLeadingSlash() {
        assertThatThrownBy(() -> new PublicBaseUrl("https://example.org").link("login"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
