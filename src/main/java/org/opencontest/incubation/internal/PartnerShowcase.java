package org.opencontest.incubation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.opencontest.incubation.ShowcaseProjects;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.persistence.OffsetPageRequest;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.Roles;
import org.opencontest.team.TeamMemberships;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner showcase behind {@link ShowcaseProjects}: projects whose team accepted incubation and opted in to be
 * shown to partners, with the latest verified figures only where the team agreed to show KPIs. Each page is two
 * queries (projects, then their check-ins), whatever its size.
 */
@Service
public class PartnerShowcase implements ShowcaseProjects {

    private static final int MAX_PAGE = 200;

    private final ProjectRepository projects;
    private final CheckInRepository checkIns;
    private final TeamMemberships teams;

    PartnerShowcase(ProjectRepository projects, CheckInRepository checkIns, TeamMemberships teams) {
        this.projects = projects;
        this.checkIns = checkIns;
        this.teams = teams;
    }

    @Override
    @RolesAllowed({Roles.PARTNER, Roles.INCUBATOR, Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<Entry> page(Filter filter, int offset, int limit) {
        Filter f = filter == null ? Filter.ALL : filter;
        return entries(projects.findPartnerListed(lower(f.theme()), f.stage(), lower(f.city()),
                OffsetPageRequest.of(Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)))));
    }

    @Override
    @RolesAllowed({Roles.PARTNER, Roles.INCUBATOR, Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public long count(Filter filter) {
        Filter f = filter == null ? Filter.ALL : filter;
        return projects.countPartnerListed(lower(f.theme()), f.stage(), lower(f.city()));
    }

    @Override
    @RolesAllowed({Roles.PARTNER, Roles.INCUBATOR, Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<String> cities() {
        return projects.findPartnerCities();
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Entry> listed(long projectId) {
        return listed(List.of(projectId)).stream().findFirst();
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Entry> listed(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        return entries(projects.findByIdInAndShowPartnersTrue(projectIds).stream()
                .filter(project -> project.getConsent() == Consent.ACCEPTED).toList());
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public List<Long> myProjectIds() {
        if (!CurrentUser.hasRole(Role.PARTICIPANT)) {
            return List.of();
        }
        List<Long> teamIds = teams.myTeamIds();
        return teamIds.isEmpty() ? List.of()
                : projects.findByTeamIdInOrderByCreatedAtDesc(teamIds).stream().map(Project::getId).toList();
    }

    private List<Entry> entries(List<Project> listed) {
        Map<Long, CheckIn> latest = checkIns.findByProjectIdInOrderByPeriodStartAsc(listed.stream()
                        .filter(Project::isShowKpis).map(Project::getId).toList()).stream()
                .filter(checkIn -> checkIn.getStatus() == CheckInStatus.VERIFIED)
                .collect(Collectors.toMap(CheckIn::getProjectId, c -> c, (a, b) -> b));
        return listed.stream().map(project -> new Entry(project.getId(), project.getContestId(), project.getTeamId(),
                project.getTitle(), project.getTeamName(), LocalizedText.orEmpty(project.getTheme()),
                project.getPartnerCity(), project.getStage(), project.getPublicSummary(),
                project.getPartnerDatasets(),
                latest.containsKey(project.getId()) ? latest.get(project.getId()).kpis() : null)).toList();
    }

    private static String lower(String text) {
        return text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }
}
