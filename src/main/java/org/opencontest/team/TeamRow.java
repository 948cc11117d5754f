package org.opencontest.team;

import java.io.Serializable;
import java.time.Instant;

/** A line of the organiser's team list. */
public record TeamRow(long id, String name, TeamStatus status, Long trackId, int memberCount, boolean solo,
                      String leaderName, Instant createdAt) implements Serializable {
}
