package org.opencontest.submission;

import java.io.Serializable;
import java.time.Instant;

import org.opencontest.shared.i18n.LocalizedText;

/**
 * A submitted version in lists; {@code finalVersion} marks the one that counts.
 *
 * @param number     the number it was submitted with (its receipt's); unique per team that submitted it
 * @param originTeam the team that submitted it, named as on its receipt, when a team merge brought it to
 *                   {@code teamName}'s package; null for the team's own versions
 * @param stage      the position of the stage it was submitted in (1 in a contest with a single stage)
 */
public record VersionSummary(long id, long submissionId, long contestId, long teamId, String teamName, Long trackId,
                             int number, LocalizedText title, Instant submittedAt, boolean late, int fileCount,
                             long totalBytes, boolean finalVersion, int versionCount, String originTeam,
                             int stage)
        implements Serializable {
}
