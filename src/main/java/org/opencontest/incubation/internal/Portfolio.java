package org.opencontest.incubation.internal;

import java.util.List;

import org.opencontest.judging.AwardedEntries;
import org.opencontest.judging.AwardedEntry;
import org.opencontest.shared.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The projects an incubator follows, and the contest's awarded entries when the judging module has results. */
@Component
public class Portfolio {

    private final ProjectRepository projects;
    private final ProjectAccess access;
    /** Implemented by the judging module's results; absent in a build without them, then nothing is awarded. */
    private final ObjectProvider<AwardedEntries> awards;

    Portfolio(ProjectRepository projects, ProjectAccess access, ObjectProvider<AwardedEntries> awards) {
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

    public List<AwardedEntry> awarded(long contestId) {
        AwardedEntries provider = awards.getIfAvailable();
        return provider == null ? List.of() : provider.awarded(contestId);
    }
}
