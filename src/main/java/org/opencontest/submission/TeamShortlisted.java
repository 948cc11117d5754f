package org.opencontest.submission;

import java.time.Instant;

/**
 * An organiser advanced a team from a stage into the next one (published in the shortlisting transaction). The
 * judging module appends it to the contest's judging log in that same transaction, so the hash chain shows every
 * shortlisting, and the reason of every manual addition.
 *
 * @param stage  the position of the stage the team advanced from (it may submit in {@code stage + 1})
 * @param manual added by hand rather than from the stage's entries
 * @param reason the organiser's reason for a manual addition; null otherwise
 */
public record TeamShortlisted(long contestId, int stage, long teamId, String teamName, boolean manual, String reason,
                              long addedBy, Instant addedAt) {
}
