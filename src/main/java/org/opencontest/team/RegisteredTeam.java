package org.opencontest.team;

import java.io.Serializable;

/** A newly registered team and the code its leader can share so that others join it. */
public record RegisteredTeam(long teamId, String inviteCode, TeamStatus status) implements Serializable {
}
