package org.opencontest.team;

import java.io.Serializable;

/**
 * A person's place in a contest's team, as other modules (dataset access, submissions, judging) need it.
 *
 * @param trackId     the contest track the team entered, or null
 * @param memberCount members now, to check the contest's minimum team size
 * @param solo        a team of one entered alone, which the organiser allowed: the minimum size does not apply
 */
public record TeamMembership(long teamId, long contestId, String teamName, TeamStatus status, Long trackId,
                             int memberCount, boolean leader, boolean solo) implements Serializable {

    public boolean isApproved() {
        return status == TeamStatus.APPROVED;
    }

    /** Whether the team is big enough to submit: solo entries always are, other teams need the contest's minimum. */
    public boolean meetsMinimum(int teamSizeMin) {
        return solo || memberCount >= teamSizeMin;
    }
}
