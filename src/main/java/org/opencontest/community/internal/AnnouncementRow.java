package org.opencontest.community.internal;

import java.io.Serializable;
import java.time.Instant;

import org.opencontest.shared.i18n.LocalizedText;

/**
 * An announcement as its organisers see it: the markdown as written and every date of its life.
 *
 * @param publishAt when a scheduled announcement is due; null otherwise
 * @param editedAt  the last edit after publication; null when never edited since
 */
public record AnnouncementRow(long id, long version, long contestId, AnnouncementStatus status, LocalizedText title,
                              LocalizedText body, boolean pinned, Instant publishAt, Instant publishedAt,
                              Instant editedAt, String authorName, Instant createdAt) implements Serializable {

    public AnnouncementInput input() {
        return new AnnouncementInput(title, body);
    }
}
