package org.opencontest.contest;

import java.time.Instant;
import java.util.List;

/**
 * The timeline of a published contest was changed (published after the saving transaction commits). Listeners tell
 * the teams a shorter phase affects.
 */
public record TimelineChanged(long contestId, List<TimelineShift> shifts, String reason, Instant at) {

    public TimelineChanged {
        shifts = List.copyOf(shifts);
    }

    /** Whether registration or submission was shortened, which teams must hear about. */
    public boolean shortensTeamPhases() {
        return shifts.stream().anyMatch(shift -> shift.concernsTeams() && shift.shortens(at));
    }
}
