package org.opencontest.community.internal.qa;

import java.time.Instant;

/** One entry of a contest's FAQ: the thread's question and its official answer as sanitised HTML. */
public record FaqEntry(long threadId, String title, String answerHtml, Instant officialAt) {
}
