package org.opencontest.shared.text;

import org.opencontest.shared.i18n.LocalizedText;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Turns organiser markdown into HTML that is safe to put into a page. Raw HTML in the markdown is escaped by
 * commonmark, and the result is cleaned again with jsoup's relaxed safelist (no scripts, no event-handler
 * attributes, only http/https/mailto links) so that a renderer bug cannot reopen the hole. Links get
 * {@code rel="nofollow noopener"}: contest texts are user content and should not lend the site's reputation.
 */
@Component
public class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .removeProtocols("a", "href", "ftp");

    public String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return Jsoup.clean(RENDERER.render(PARSER.parse(markdown)), SAFELIST);
    }

    public LocalizedText toSafeHtml(LocalizedText markdown) {
        return new LocalizedText(toSafeHtml(markdown.en()), toSafeHtml(markdown.zh()));
    }
}
