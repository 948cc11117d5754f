package org.opencontest.notification.internal;

import java.util.regex.Pattern;

/**
 * What the notification centre shows of a mail: its subject as the title, the first paragraph after the greeting as
 * the summary, and the model's {@code link} (when it is a web address) as the way to the notification's subject.
 */
record NotificationText(String title, String summary, String link) {

    static final int MAX_TITLE = 500;
    static final int MAX_SUMMARY = 400;
    private static final int MAX_LINK = 2000;
    private static final int MAX_GREETING = 80;
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    static NotificationText of(RenderedMail mail, String link) {
        boolean webLink = link != null && link.length() <= MAX_LINK
                && (link.startsWith("https://") || link.startsWith("http://"));
        return new NotificationText(cut(mail.subject(), MAX_TITLE), cut(summary(mail.textBody()), MAX_SUMMARY),
                webLink ? link : null);
    }

    /** The rendered text up to the footer, without the greeting line that opens most templates. */
    private static String summary(String text) {
        int footer = text.indexOf("\n-- \n");
        String[] paragraphs = PARAGRAPH_BREAK.split((footer < 0 ? text : text.substring(0, footer)).strip());
        boolean greeting = paragraphs.length > 1 && paragraphs[0].length() <= MAX_GREETING
                && paragraphs[0].matches("(?s).*[,，:：]$");
        return paragraphs[greeting ? 1 : 0].replaceAll("\\s+", " ").strip();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
