package org.opencontest.incubation.internal;

import java.util.List;

import org.opencontest.judging.AwardedEntries;
import org.opencontest.judging.AwardedEntry;
import org.opencontest.shared.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The projects an incubator follows, and a contest's awarded entries from the judging module's results. */
@Component
public class Portfolio {

    private final ProjectRepository projects;
    private final ProjectAccess access;
    private final AwardedEntries awards;

    Portfolio(ProjectRepository projects, ProjectAccess access, AwardedEntries awards) {
        this.projects = projects;
        this.access = access;
        this.awards = awards;
    }

    /** The caller's organisations' projects, newest change first; every project for administrators. */
    public List<Project> projects() {
        if (CurrentUser.isAdmin()) {
            return projects.findAll();
        }
        List<Long> mine = access.myOrgIds();
        return mine.isEmpty() ? List.of() : projects.findByOrgIdInOrderByUpdatedAtDesc(mine);
    }

    /** The contest's awarded entries once its results are published (best rank first), else none. */
    public List<AwardedEntry> awarded(long contestId) {
        return awards.awarded(contestId);
    }
}
