package org.opencontest.team;

import java.io.Serializable;
import java.time.Instant;

/** A message the organisers sent to a contest's teams; {@code status} null means all teams. */
public record SentMessage(long id, TeamStatus status, String subject, int recipients, Instant sentAt)
        implements Serializable {
}
