package org.opencontest.community.internal.qa;

import java.time.Instant;

/** A line of the board; {@code authorName} is null for a former member (deleted or disabled account). */
public record ThreadRow(long id, String title, String authorName, int replies, Instant lastPostAt, boolean pinned,
                        boolean locked, boolean hidden) {
}
