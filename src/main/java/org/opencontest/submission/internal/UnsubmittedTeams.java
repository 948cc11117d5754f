package org.opencontest.submission.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.opencontest.contest.AffectedTeams;
import org.opencontest.contest.TimelineAudience;
import org.opencontest.shared.persistence.OffsetPageRequest;
import org.opencontest.team.TeamQuery;
import org.opencontest.team.TeamRoster;
import org.opencontest.team.TeamRow;
import org.opencontest.team.TeamStatus;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approved teams of a contest without a submitted version: whom a shorter registration or submission phase takes
 * time from. A team "has a draft" when its package exists (it saved metadata or uploaded a file) but nothing was
 * submitted. The team module checks that the caller manages the contest.
 */
@Component
class UnsubmittedTeams implements TimelineAudience {

    private static final int PAGE = 500;
    private static final TeamQuery APPROVED = new TeamQuery(null, TeamStatus.APPROVED, null, null, null, null);

    private final TeamRoster teams;
    private final PackageRepository packages;

    UnsubmittedTeams(TeamRoster teams, PackageRepository packages) {
        this.teams = teams;
        this.packages = packages;
    }

    @Override
    @Transactional(readOnly = true)
    public AffectedTeams affectedBy(long contestId) {
        Map<Long, Integer> versionsByTeam = versionsByTeam(contestId);
        List<Long> unsubmitted = unsubmitted(contestId, versionsByTeam);
        return new AffectedTeams(unsubmitted.size(), unsubmitted.stream().filter(versionsByTeam::containsKey).count());
    }

    @Transactional(readOnly = true)
    List<Long> teamIds(long contestId) {
        return unsubmitted(contestId, versionsByTeam(contestId));
    }

    private List<Long> unsubmitted(long contestId, Map<Long, Integer> versionsByTeam) {
        List<Long> ids = new ArrayList<>();
        List<TeamRow> page;
        int offset = 0;
        do {
            page = teams.find(contestId, APPROVED, new OffsetPageRequest(offset, PAGE, Sort.by("id")));
            page.stream().map(TeamRow::id).filter(id -> versionsByTeam.getOrDefault(id, 0) == 0).forEach(ids::add);
            offset += PAGE;
        } while (page.size() == PAGE);
        return ids;
    }

    private Map<Long, Integer> versionsByTeam(long contestId) {
        return packages.findByContestIdOrderByTeamName(contestId).stream()
                .collect(Collectors.toMap(SubmissionPackage::getTeamId, SubmissionPackage::getVersionCount,
                        Integer::sum));
    }
}
