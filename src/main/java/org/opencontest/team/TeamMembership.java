package org.opencontest.team;

import java.io.Serializable;

/**
 * A person's place in a contest's team, as other modules (dataset access, submissions, judging) need it.
 *
 * @param trackId     the contest track the team entered, or null
 * @param memberCount members now, to check the contest's minimum team size
 */
public record TeamMembership(long teamId, long contestId, String teamName, TeamStatus status, Long trackId,
                             int memberCount, boolean leader) implements Serializable {

    public boolean isApproved() {
        return status == TeamStatus.APPROVED;
    }
}
