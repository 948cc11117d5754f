package org.opencontest.community.internal;

import java.io.Serializable;
import java.time.Instant;

import org.opencontest.shared.i18n.LocalizedText;

/**
 * A published announcement as visitors see it: the body as sanitised HTML, never the raw markdown.
 *
 * @param editedAt the last edit after publication; null when never edited since
 */
public record PublishedAnnouncement(long id, LocalizedText title, LocalizedText html, boolean pinned,
                                    Instant publishedAt, Instant editedAt) implements Serializable {

    /** When the announcement last changed: its publication or its last correction (the Atom {@code updated}). */
    public Instant updated() {
        return editedAt == null ? publishedAt : editedAt;
    }
}
