package org.opencontest.submission;

import java.io.Serializable;
import java.time.Instant;

/** A submitted version in lists; {@code finalVersion} marks the one that counts. */
public record VersionSummary(long id, long submissionId, long contestId, long teamId, String teamName, Long trackId,
                             int number, String title, Instant submittedAt, boolean late, int fileCount,
                             long totalBytes, boolean finalVersion, int versionCount) implements Serializable {
}
