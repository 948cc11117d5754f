package org.opencontest.team.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.opencontest.contest.ContestPage;
import org.opencontest.team.TeamDetail;

/**
 * A team as its members see it, with what the viewer may do now.
 *
 * @param leader      whether the viewer leads the team
 * @param locked      membership is frozen (lock instant passed or the contest closed)
 * @param mergeOpen   merges are still possible
 * @param invitations open invitations (for the leader; empty for other members)
 * @param merges      open merge proposals this team sent or received
 */
public record TeamPage(TeamDetail team, ContestPage contest, boolean leader, boolean locked, boolean mergeOpen,
                       Instant lockAt, Instant mergeDeadline, List<PendingInvitation> invitations,
                       List<MergeProposal> merges) implements Serializable {

    public TeamPage {
        invitations = List.copyOf(invitations);
        merges = List.copyOf(merges);
    }

    /** Below the contest's minimum size (solo entries never are): a warning now, a refusal when submitting. */
    public boolean belowMinimum() {
        return !team.solo() && team.memberCount() < contest.teamSizeMin();
    }

    public record PendingInvitation(long id, String email, Instant createdAt, Instant expiresAt)
            implements Serializable {
    }

    /** @param incoming the other team asks to merge into this one; otherwise this team asked */
    public record MergeProposal(long id, long otherTeamId, String otherTeamName, int otherMemberCount,
                                boolean incoming, Instant createdAt) implements Serializable {
    }
}
