package org.opencontest.judging;

import org.opencontest.shared.i18n.LocalizedText;

/**
 * An entry that won an award in a contest's published results: what the incubation module offers organisers to
 * take into incubation. {@code rank} is 1 for the best prize; special awards carry no rank.
 */
public record AwardedEntry(long awardId, long contestId, long teamId, long submissionId, LocalizedText award,
                           Integer rank, String teamName, LocalizedText title) {
}
