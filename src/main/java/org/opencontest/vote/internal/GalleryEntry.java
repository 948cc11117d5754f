package org.opencontest.vote.internal;

import java.io.Serializable;

import org.opencontest.shared.i18n.LocalizedText;

/** An entry of the voting gallery; {@code mine} marks the caller's vote for it. */
public record GalleryEntry(long id, String teamName, LocalizedText title, long trackKey, boolean mine)
        implements Serializable {
}
