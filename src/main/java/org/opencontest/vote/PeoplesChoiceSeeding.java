package org.opencontest.vote;

import java.util.List;

import org.opencontest.shared.security.AppPrincipal;

/**
 * Sets up a people's-choice vote for the demo data through the real services, acting as the given people (so every
 * check applies): implemented by {@code internal.VoteSeeder}.
 */
public interface PeoplesChoiceSeeding {

    /**
     * Unless the contest has a vote already: the organiser opens one of the finalists (all final entries when none is
     * awarded) from now for a day, one vote per voter and no minimum account age; each voter votes once (most for the
     * same entry) from a documentation address (203.0.113.0/24); with {@code publish}, the organiser then closes the
     * vote and publishes its result.
     *
     * @return whether a vote was made
     */
    boolean seed(long contestId, AppPrincipal organiser, List<AppPrincipal> voters, boolean publish);

    /**
     * Unless the contest has a vote already or its judging phase has begun: the organiser plans a vote of all final
     * entries for the whole judging phase, one vote per voter and track, accounts at least a day old. It opens by
     * itself when judging starts, with the entries there are then.
     *
     * @return whether a vote was planned
     */
    boolean plan(long contestId, AppPrincipal organiser);
}
