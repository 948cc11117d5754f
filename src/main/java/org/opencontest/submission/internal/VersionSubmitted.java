package org.opencontest.submission.internal;

/** A team submitted a new version; its signed receipt is stored with it. */
public record VersionSubmitted(long versionId, long contestId, long teamId, String teamName) {
}
