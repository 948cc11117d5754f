package org.opencontest.team.internal;

import java.io.Serializable;
import java.time.Instant;
import org.opencontest.team.TeamStatus;

/** A message the organisers sent to a contest's teams; {@code status} null means all teams. */
public record SentMessage(long id, TeamStatus status, String subject, int recipients, Instant sentAt)
        implements Serializable {
}
