package org.opencontest.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeMailHtmlTest {

    @Test
    void keepsTextAndLinksDropsEverythingActive() {
        String safe = SafeMailHtml.sanitise("""
                <!DOCTYPE html><html><head><title>Subject</title><style>p{}</style></head>
                <body onload="steal()"><p>Hello <b>Ada</b></p>
                <p><a href="https://contest.example.org/verify?t=1&amp;x=2" onclick="steal()">verify</a></p>
                <a href="javascript:steal()">bad</a><script>steal()</script><img src="https://x/y.png">
                </body></html>""");

        assertThat(safe)
                .contains("<p>Hello <b>Ada</b></p>")
                .contains("<a href=\"https://contest.example.org/verify?t=1&amp;x=2\" "
                        + "rel=\"noopener noreferrer nofollow\" target=\"_blank\">verify</a>")
                .doesNotContain("Subject", "script", "steal", "onclick", "onload", "img", "javascript", "style");
    }
}
