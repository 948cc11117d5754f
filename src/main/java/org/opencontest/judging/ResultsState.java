package org.opencontest.judging;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.opencontest.contest.ContestPage;
import org.opencontest.judging.internal.AwardDetail;

/**
 * The organiser's view of a contest's results before and after publication.
 *
 * @param publishable whether the server clock has the contest in (or past) its results phase
 */
public record ResultsState(ContestPage contest, long version, Instant publishedAt, boolean showScoresToTeams,
                           boolean publishable, List<AwardDetail> awards) implements Serializable {

    public ResultsState {
        awards = List.copyOf(awards);
    }

    public boolean published() {
        return publishedAt != null;
    }
}
