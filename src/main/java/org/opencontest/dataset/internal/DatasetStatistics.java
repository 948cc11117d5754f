package org.opencontest.dataset.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Downloads of one dataset (issued links), for its organisers.
 *
 * @param perDay       issued links per day in the requested zone, oldest first, days without downloads included
 * @param teamReleases which team took which release how often, most recent release first
 */
public record DatasetStatistics(long downloads, long distinctUsers, long distinctTeams, List<DayCount> perDay,
                                List<TeamRelease> teamReleases) implements Serializable {

    public record DayCount(LocalDate day, long downloads) implements Serializable {
    }

    public record TeamRelease(String team, int releaseNumber, String releaseLabel, long downloads, long users)
            implements Serializable {
    }
}
