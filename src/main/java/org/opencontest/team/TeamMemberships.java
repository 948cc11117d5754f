package org.opencontest.team;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is in which team, for other modules. Implemented by the team module's service, which checks the caller:
 * a person learns only their own membership; a team's members are visible to its members, the contest's
 * organisers, administrators and system jobs.
 */
public interface TeamMemberships {

    /** The caller's team in the contest; empty for anonymous callers and people without a team there. */
    Optional<TeamMembership> myTeam(long contestId);

    /** The contests in which the caller is in a team, in one query; empty for anonymous callers. */
    Set<Long> myContestIds();

    /** The ids of the caller's teams in every contest, newest membership first; for participants only. */
    List<Long> myTeamIds();

    /** The members of a team, leader first; {@code NotFoundException} when the caller may not see the team. */
    List<TeamMember> members(long teamId);
}
