package org.opencontest.community.internal.qa;

import java.time.Instant;

/** An open report as the queue query reads it: ids and markdown, before names and rendering. */
public record ReportQueueRow(long reportId, String reason, Instant reportedAt, long reporterId, long postId,
                             long postVersion, long authorId, String body, boolean postHidden, long threadId,
                             String threadTitle) {
}
