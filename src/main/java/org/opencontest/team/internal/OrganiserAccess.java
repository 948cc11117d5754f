package org.opencontest.team.internal;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.springframework.stereotype.Component;

/**
 * The organisers' way into a contest's teams: a contest or team the caller does not organise answers
 * {@link NotFoundException}, like a missing one.
 */
@Component
public class OrganiserAccess {

    private final ContestService contests;
    private final TeamRepository teams;

    OrganiserAccess(ContestService contests, TeamRepository teams) {
        this.contests = contests;
        this.teams = teams;
    }

    public void requireManaged(long contestId) {
        if (!contests.canManage(contestId)) {
            throw new NotFoundException();
        }
    }

    public ContestPage contest(long contestId) {
        requireManaged(contestId);
        return contests.page(contestId);
    }

    public Team team(long teamId) {
        Team team = teams.findById(teamId).orElseThrow(NotFoundException::new);
        requireManaged(team.getContestId());
        return team;
    }

    /** The team as the organiser saw it: a decision quoting an older version is refused. */
    public Team team(long teamId, long expectedVersion) {
        Team team = team(teamId);
        if (team.getVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentEdit");
        }
        return team;
    }

    /** What an organiser typed, stripped; refused (naming the limit) when empty or longer than {@code max}. */
    public static String required(String typed, int max, String key) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.length() > max) {
            throw new UserFacingException(key, max);
        }
        return text;
    }
}
