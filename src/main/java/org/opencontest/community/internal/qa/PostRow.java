package org.opencontest.community.internal.qa;

import java.time.Instant;

/**
 * A post as the thread page shows it: sanitised HTML, never the raw markdown except for the viewer who may edit it
 * ({@code markdown} is null for everyone else). {@code authorName} is null for a former member; {@code hiddenReason}
 * is only ever set for moderators (others never receive hidden posts); {@code editedAt} is the last edit's time.
 */
public record PostRow(long id, long version, boolean opening, String authorName, String html, Instant createdAt,
                      boolean official, String hiddenReason, Instant editedAt, String markdown) {

    public boolean hidden() {
        return hiddenReason != null;
    }

    /** Whether the viewer may edit the post now. */
    public boolean editable() {
        return markdown != null;
    }
}
