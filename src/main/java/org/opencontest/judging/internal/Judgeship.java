package org.opencontest.judging.internal;

import org.opencontest.shared.i18n.LocalizedText;

/** A contest the caller judges. */
public record Judgeship(long judgeId, long contestId, String contestSlug, LocalizedText contestTitle) {
}
