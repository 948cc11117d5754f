package org.opencontest.contest.internal;

import java.io.Serializable;
import java.util.List;

import org.opencontest.contest.AffectedTeams;
import org.opencontest.contest.TimelineShift;

/**
 * What saving an edit would change on a published contest's timeline, for the editor's confirmation.
 *
 * @param shortening     a reason is required (see {@link TimelineShift#shortens})
 * @param closesInPast   a phase would close at a moment already past: the organiser must confirm it explicitly
 * @param affected       teams that have not submitted; counted only when a team phase is shortened
 */
public record TimelineChangePreview(List<TimelineShift> shifts, boolean shortening, boolean closesInPast,
                                    AffectedTeams affected) implements Serializable {

    public TimelineChangePreview {
        shifts = List.copyOf(shifts);
    }

    public boolean isEmpty() {
        return shifts.isEmpty();
    }
}
