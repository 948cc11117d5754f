package org.opencontest.community.internal.qa;

import java.time.Instant;

/**
 * A post as the thread page shows it: sanitised HTML, never the raw markdown. {@code authorName} is null for a
 * former member; {@code hiddenReason} is only ever set for moderators (others never receive hidden posts).
 */
public record PostRow(long id, long version, boolean opening, String authorName, String html, Instant createdAt,
                      boolean official, String hiddenReason) {

    public boolean hidden() {
        return hiddenReason != null;
    }
}
