package org.opencontest.judging.internal;

import java.io.Serializable;

import org.opencontest.shared.i18n.LocalizedText;

/** One award in the public winners gallery: the award, the team and what it submitted. */
public record GalleryEntry(long awardId, LocalizedText award, Integer rank, String teamName, LocalizedText title,
                           LocalizedText summary) implements Serializable {
}
