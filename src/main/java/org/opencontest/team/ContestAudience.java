package org.opencontest.team;

import java.util.List;

/**
 * Whom a contest's news reaches, for other modules (community's announcements). Implemented by the team module's
 * messaging service, which checks that the caller organises the contest (or is an administrator or a system job);
 * anyone else gets {@code NotFoundException}.
 */
public interface ContestAudience {

    /**
     * The members of the contest's registered teams (pending or approved, not rejected or disqualified), one entry
     * per person, each with the address and language to write to them in; in one query per table.
     */
    List<TeamMember> registeredMembers(long contestId);
}
