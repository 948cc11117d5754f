package org.opencontest.team;

import static org.opencontest.support.Actors.as;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestFixtures;
import org.opencontest.contest.ContestInput;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
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
        return published(contests, organiser, ContestFixtures.input(ContestFixtures.uniqueSlug("teams"), now));
    }

    /**
     * A published contest with the given team sizes whose registration runs from {@code opens} to {@code closes}
     * (submission opens with registration and closes 30 days after it).
     */
    public static ContestEditState publishedContest(ContestService contests, AppPrincipal organiser, Instant now,
                                                    int min, int max, Instant opens, Instant closes) {
        ContestInput base = ContestFixtures.input(ContestFixtures.uniqueSlug("teams"), now);
        ContestInput input = new ContestInput(base.slug(), base.title(), base.summary(), base.description(),
                base.rules(), base.theme(), base.zone(), min, max, base.tracks(), base.prizes(),
                List.of(new PhaseWindow(PhaseKind.REGISTRATION, opens, closes),
                        new PhaseWindow(PhaseKind.SUBMISSION, opens, closes.plus(Duration.ofDays(30)))));
        return published(contests, organiser, input);
    }

    private static ContestEditState published(ContestService contests, AppPrincipal organiser, ContestInput input) {
        ContestEditState draft = as(organiser, () -> contests.create(input));
        return as(organiser, () -> contests.publish(draft.id(), draft.version()));
    }

    /** Registers a team led by {@code leader} in the contest's first track, consenting to the rules. */
    public static RegisteredTeam register(TeamService teams, ContestService contests, AppPrincipal leader,
                                          long contestId, String name) {
        return as(leader, () -> teams.register(contestId, new TeamRegistration(name, null,
                firstTrack(contests, contestId), false), Enrolment.consenting()));
    }

    public static Long firstTrack(ContestService contests, long contestId) {
        return contests.page(contestId).tracks().stream().findFirst().map(track -> track.id()).orElse(null);
    }

    public static String uniqueName() {
        return "Team " + UUID.randomUUID().toString().substring(0, 8);
    }
}
