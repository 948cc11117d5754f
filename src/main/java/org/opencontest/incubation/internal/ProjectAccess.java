package org.opencontest.incubation.internal;

import java.util.List;

import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Role;
import org.opencontest.team.TeamMemberships;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a project. A project the caller has no part in answers {@link NotFoundException}, exactly like
 * a missing one, so guessed ids reveal nothing.
 */
@Component
public class ProjectAccess {

    private final ProjectRepository projects;
    private final IncubatorMemberRepository members;
    private final ContestService contests;
    private final TeamMemberships teams;

    ProjectAccess(ProjectRepository projects, IncubatorMemberRepository members, ContestService contests,
                  TeamMemberships teams) {
        this.projects = projects;
        this.members = members;
        this.contests = contests;
        this.teams = teams;
    }

    public Viewer viewer(Project project) {
        if (CurrentUser.get().isEmpty()) {
            return new Viewer(false, false, false);
        }
        if (CurrentUser.isAdmin()) {
            return new Viewer(isTeam(project), true, true);
        }
        return new Viewer(isTeam(project), isIncubatorOf(project.getOrgId()), contests.canManage(project.getContestId()));
    }

    /** The project, if the caller has any part in it. */
    public Project readable(long projectId) {
        Project project = projects.findById(projectId).orElseThrow(NotFoundException::new);
        if (!viewer(project).any()) {
            throw new NotFoundException();
        }
        return project;
    }

    /** The project, if the caller is in its team; others who may read it learn that they may not act. */
    public Project forTeam(long projectId) {
        Project project = readable(projectId);
        if (!viewer(project).team()) {
            throw new NotFoundException();
        }
        return project;
    }

    /** The project, if the caller looks after it as an incubator (or administrator). */
    public Project forIncubator(long projectId) {
        Project project = readable(projectId);
        if (!viewer(project).incubator()) {
            throw new NotFoundException();
        }
        return project;
    }

    /** The project, if the caller is its incubator or organises its contest. */
    public Project forSteward(long projectId) {
        Project project = readable(projectId);
        Viewer viewer = viewer(project);
        if (!viewer.incubator() && !viewer.organiser()) {
            throw new NotFoundException();
        }
        return project;
    }

    public boolean isIncubatorOf(long orgId) {
        return CurrentUser.isAdmin() || CurrentUser.hasRole(Role.INCUBATOR)
                && members.existsByOrgIdAndUserId(orgId, CurrentUser.requireId());
    }

    /** The organisations the caller belongs to as an incubator. */
    public List<Long> myOrgIds() {
        if (!CurrentUser.hasRole(Role.INCUBATOR)) {
            return List.of();
        }
        return members.findByUserId(CurrentUser.requireId()).stream().map(IncubatorMember::getOrgId).toList();
    }

    private boolean isTeam(Project project) {
        return teams.myTeam(project.getContestId()).map(team -> team.teamId() == project.getTeamId()).orElse(false);
    }
}
