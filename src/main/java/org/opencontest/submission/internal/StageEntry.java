package org.opencontest.submission.internal;

import java.io.Serializable;
import java.time.Instant;

/**
 * A team's entry in one stage as organisers see it: its versions there and whether it advanced.
 *
 * @param shortlisted advanced into the next stage
 * @param reason      the organiser's reason when the team was added by hand; null otherwise
 */
public record StageEntry(long teamId, String teamName, long versions, Instant lastSubmittedAt, boolean late,
                         boolean shortlisted, String reason) implements Serializable {
}
