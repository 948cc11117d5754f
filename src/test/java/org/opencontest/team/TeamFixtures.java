package org.opencontest.team;

import static org.opencontest.support.Actors.as;

import java.time.Instant;

import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestFixtures;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.security.AppPrincipal;

/**
 * Teams for tests of any module: a published contest open for registration and a team registered in it. Use the
 * services' own methods; nothing here bypasses their checks.
 */
public final class TeamFixtures {

    private TeamFixtures() {
    }

    /** A published contest (team size 1–5, one track) whose registration opened a day ago and runs 20 more days. */
    public static ContestEditState publishedContest(ContestService contests, AppPrincipal organiser, Instant now) {
        ContestEditState draft = as(organiser, () -> contests.create(
                ContestFixtures.input(ContestFixtures.uniqueSlug("teams"), now)));
        return as(organiser, () -> contests.publish(draft.id(), draft.version()));
    }

    /** Registers a team led by {@code leader} in the contest's first track, consenting to the rules. */
    public static RegisteredTeam register(TeamService teams, ContestService contests, AppPrincipal leader,
                                          long contestId, String name) {
        return as(leader, () -> {
            Long track = contests.page(contestId).tracks().stream().findFirst().map(t -> t.id()).orElse(null);
            return teams.register(contestId, new TeamRegistration(name, null, track, false), Enrolment.consenting());
        });
    }
}
