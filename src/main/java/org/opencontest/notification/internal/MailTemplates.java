package org.opencontest.notification.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.net.PublicBaseUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders a mail template from the i18n bundles: {@code mail.<template>.subject} and {@code mail.<template>.body},
 * followed by the common {@code mail.layout.footer}. Template text names model values as {@code {name}}; a template
 * may open with {@code {greeting}}, which greets the recipient by the model's {@code name} when the request knows it
 * (a registered address) and plainly otherwise. Template text is read
 * raw (no MessageFormat, so apostrophes need no doubling). The text part gets the values as they are; the HTML part
 * gets them HTML-escaped, turns blank-line separated paragraphs into {@code <p>} and http(s) URLs into links.
 */
@Component
class MailTemplates {

    private static final Logger LOG = LoggerFactory.getLogger(MailTemplates.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.-]*)}");
    /** A URL in already-escaped HTML: stops at whitespace, tags, escaped quotes and escaped angle brackets. */
    private static final Pattern ESCAPED_URL = Pattern.compile("https?://(?:(?!&quot;|&#39;|&lt;|&gt;)[^\\s<>])+");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final String TRAILING_PUNCTUATION = ".,;:!?)";

    private final MessageSource messages;
    private final String baseUrl;

    MailTemplates(MessageSource messages, PublicBaseUrl baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.value();
    }

    /**
     * @throws org.springframework.context.NoSuchMessageException when the template's keys are missing: a
     *                                                            programming error, the request stays unhandled
     */
    RenderedMail render(String template, Locale requested, Map<String, String> model) {
        Locale locale = SupportedLocales.closest(requested);
        Map<String, String> values = new HashMap<>(model);
        values.putIfAbsent("baseUrl", baseUrl);
        values.putIfAbsent("greeting", fill(template, raw(values.containsKey("name") ? "mail.greeting.named"
                : "mail.greeting.anonymous", locale), values, UnaryOperator.identity()));

        String subject = fill(template, raw("mail." + template + ".subject", locale), values, UnaryOperator.identity())
                .replaceAll("\\s+", " ").strip();
        String body = raw("mail." + template + ".body", locale);
        String footer = raw("mail.layout.footer", locale);

        String text = fill(template, body, values, UnaryOperator.identity()).strip() + "\n\n-- \n"
                + fill(template, footer, values, UnaryOperator.identity()).strip() + "\n";
        String html = htmlDocument(locale, subject,
                htmlParagraphs(fill(template, escape(body), values, MailTemplates::escape)),
                htmlParagraphs(fill(template, escape(footer), values, MailTemplates::escape)));
        return new RenderedMail(subject, text, html);
    }

    private String raw(String key, Locale locale) {
        // no arguments: Spring returns the text as written, without MessageFormat processing
        return messages.getMessage(key, null, locale);
    }

    private static String fill(String template, String text, Map<String, String> values, UnaryOperator<String> escape) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                LOG.warn("Mail template {} uses {{}}, which the request does not provide", template, matcher.group(1));
                value = matcher.group();
            } else {
                value = escape.apply(value);
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** Escapes only markup characters ({@code < > & " '}); everything else stays as it is in UTF-8. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String htmlParagraphs(String escapedText) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : PARAGRAPH_BREAK.split(escapedText.strip())) {
            html.append("<p>").append(linkify(paragraph.strip()).replace("\n", "<br>\n")).append("</p>\n");
        }
        return html.toString();
    }

    private static String linkify(String escapedText) {
        Matcher matcher = ESCAPED_URL.matcher(escapedText);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String url = matcher.group();
            String trailing = "";
            while (!url.isEmpty() && TRAILING_PUNCTUATION.indexOf(url.charAt(url.length() - 1)) >= 0) {
                trailing = url.charAt(url.length() - 1) + trailing;
                url = url.substring(0, url.length() - 1);
            }
            matcher.appendReplacement(result,
                    Matcher.quoteReplacement("<a href=\"" + url + "\">" + url + "</a>" + trailing));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static String htmlDocument(Locale locale, String subject, String body, String footer) {
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head><meta charset="UTF-8"><title>%s</title></head>
                <body style="font-family: sans-serif; line-height: 1.5; color: #222;">
                %s<hr style="border: none; border-top: 1px solid #ddd;">
                <div style="color: #666; font-size: 12px;">
                %s</div>
                </body>
                </html>
                """.formatted(locale.toLanguageTag(), escape(subject), body, footer);
    }
}
