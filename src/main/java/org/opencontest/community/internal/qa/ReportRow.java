package org.opencontest.community.internal.qa;

import java.time.Instant;

/** A line of the moderation queue; a null name is a former member. */
public record ReportRow(long reportId, String reason, Instant reportedAt, String reporterName, long postId,
                        long postVersion, String authorName, String postHtml, boolean postHidden, long threadId,
                        String threadTitle) {
}
