package org.opencontest.team;

import java.util.List;

import org.springframework.data.domain.Pageable;

/**
 * A contest's teams as its organisers see them, for other modules (whom to extend a deadline, whom a shorter phase
 * affects, whom a judge may declare a conflict with). Implemented by {@link TeamReview}, which checks that the
 * caller organises the contest (or is an administrator or a system job); anyone else gets {@code NotFoundException}.
 */
public interface TeamRoster {

    /** A page of the contest's teams matching the query, newest first unless the page asks for another order. */
    List<TeamRow> find(long contestId, TeamQuery query, Pageable pageable);

    long count(long contestId, TeamQuery query);

    /** The team with its members and their eligibility answers. */
    TeamDetail detail(long teamId);
}
