package org.opencontest.judging.internal;

/** The submitted version an entry judges, with the facts the round needs about it. */
public record EntrySource(long submissionVersionId, long packageId, long teamId, Long trackId, String titleEn,
        String titleZh) {
}
