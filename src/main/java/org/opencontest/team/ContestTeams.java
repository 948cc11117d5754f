package org.opencontest.team;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.opencontest.contest.ContestPage;

/** The head of the organiser's team pages: the contest, its registration settings, questions and team counts. */
public record ContestTeams(ContestPage contest, TeamSettings settings, List<EligibilityQuestion> questions,
                           Map<TeamStatus, Long> countsByStatus) implements Serializable {

    public ContestTeams {
        questions = List.copyOf(questions);
        countsByStatus = Map.copyOf(countsByStatus);
    }

    public long total() {
        return countsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
