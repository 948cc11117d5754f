package org.opencontest.judging.internal;

import org.opencontest.shared.i18n.LocalizedText;

/** The submitted version an entry judges, with the facts the round needs about it. */
public record EntrySource(long submissionVersionId, long packageId, long teamId, Long trackId,
        LocalizedText title) {
}
