package org.opencontest.submission;

/**
 * A team's final version is now another one: it submitted a newer version (and had not picked one) or picked one.
 * Judging lets an entry taken early follow it, so judges see what the team finally handed in.
 */
public record FinalVersionChanged(long contestId, long teamId, long packageId, long versionId, Long trackId,
                                  String titleEn, String titleZh) {
}
