package org.opencontest.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.net.PublicBaseUrl;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Renders the real bundles' templates, without Spring. */
class MailTemplatesTest {

    private final MailTemplates templates =
            new MailTemplates(bundles(), new PublicBaseUrl("https://contest.example.org/"));

    @Test
    void rendersSubjectTextAndHtmlInEnglish() {
        RenderedMail mail = templates.render("notification.test", Locale.ENGLISH,
                Map.of("name", "Ada", "link", "https://contest.example.org/admin/mailbox?x=1&y=2"));

        assertThat(mail.subject()).isEqualTo("OpenContest test message for Ada");
        assertThat(mail.textBody())
                .startsWith("Hello Ada,\n\nthis is a test message")
                .contains("Open the mailbox: https://contest.example.org/admin/mailbox?x=1&y=2")
                .contains("\n-- \nOpenContest — open-data innovation contests\nhttps://contest.example.org\n");
        assertThat(mail.htmlBody())
                .contains("<html lang=\"en\">")
                .contains("<p>Hello Ada,</p>")
                .contains("<a href=\"https://contest.example.org/admin/mailbox?x=1&amp;y=2\">"
                        + "https://contest.example.org/admin/mailbox?x=1&amp;y=2</a>")
                .contains("<a href=\"https://contest.example.org\">https://contest.example.org</a><br>");
    }

    @Test
    void speaksChineseForAnyChineseLocale() {
        RenderedMail mail = templates.render("notification.test", Locale.forLanguageTag("zh-TW"),
                Map.of("name", "李雷", "link", "https://contest.example.org/x"));

        assertThat(mail.subject()).isEqualTo("OpenContest 测试邮件：李雷");
        assertThat(mail.textBody()).startsWith("李雷，您好：").contains("此邮件由系统自动发送");
        assertThat(mail.htmlBody()).contains("<html lang=\"zh-CN\">").contains("<p>李雷，您好：</p>");
    }

    @Test
    void greetsARegisteredRecipientByNameAndAnUnknownAddressPlainly() {
        RenderedMail named = templates.render("team.invitation", Locale.ENGLISH, Map.of("name", "Wang Fang",
                "inviter", "Li Lei", "team", "Harbour", "contest", "Air", "link", "https://x.example", "expires", "-"));
        RenderedMail plain = templates.render("team.invitation", SupportedLocales.CHINESE, Map.of(
                "inviter", "Li Lei", "team", "Harbour", "contest", "Air", "link", "https://x.example", "expires", "-"));

        assertThat(named.textBody()).startsWith("Hello Wang Fang,\n\nLi Lei invites you");
        assertThat(plain.textBody()).startsWith("你好：\n\nLi Lei 邀请你");
    }

    @Test
    void escapesModelValuesInHtmlButNotInText() {
        RenderedMail mail = templates.render("notification.test", SupportedLocales.ENGLISH,
                Map.of("name", "<b onclick=\"x()\">Ada</b> & 'Bob'", "link", "javascript:alert(1)"));

        assertThat(mail.htmlBody())
                .contains("&lt;b onclick=&quot;x()&quot;&gt;Ada&lt;/b&gt; &amp; &#39;Bob&#39;")
                .doesNotContain("<b onclick")
                .doesNotContain("href=\"javascript");
        assertThat(mail.textBody()).contains("Hello <b onclick=\"x()\">Ada</b> & 'Bob',");
        assertThat(mail.subject()).isEqualTo("OpenContest test message for <b onclick=\"x()\">Ada</b> & 'Bob'");
    }

    @Test
    void linkStopsBeforeTrailingPunctuationAndAngleBrackets() {
        RenderedMail mail = templates.render("notification.test", Locale.ENGLISH,
                Map.of("name", "see <https://a.example/p?q=1>.", "link", "https://b.example/path)."));

        assertThat(mail.htmlBody())
                .contains("&lt;<a href=\"https://a.example/p?q=1\">https://a.example/p?q=1</a>&gt;.")
                .contains("<a href=\"https://b.example/path\">https://b.example/path</a>).");
    }

    @Test
    void subjectIsOneLineEvenWhenAValueHasLineBreaks() {
        RenderedMail mail = templates.render("notification.test", Locale.ENGLISH,
                Map.of("name", "Ada\r\nBcc: someone@example.org", "link", "https://x.example"));

        assertThat(mail.subject()).isEqualTo("OpenContest test message for Ada Bcc: someone@example.org");
    }

    @Test
    void missingValueStaysVisibleAndMissingTemplateFails() {
        RenderedMail mail = templates.render("notification.test", Locale.ENGLISH, Map.of("name", "Ada"));
        assertThat(mail.textBody()).contains("Open the mailbox: {link}");

        assertThatThrownBy(() -> templates.render("nobody.nothing", Locale.ENGLISH, Map.of()))
                .isInstanceOf(NoSuchMessageException.class);
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
