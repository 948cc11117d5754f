package org.opencontest.incubation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.opencontest.audit.AuditLog;
import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.incubation.internal.Consent;
import org.opencontest.incubation.internal.IncubationMails;
import org.opencontest.incubation.internal.IncubatorMember;
import org.opencontest.incubation.internal.IncubatorMemberRepository;
import org.opencontest.incubation.internal.IncubatorOrgRepository;
import org.opencontest.incubation.internal.Portfolio;
import org.opencontest.incubation.internal.Project;
import org.opencontest.incubation.internal.ProjectAccess;
import org.opencontest.incubation.internal.ProjectDtos;
import org.opencontest.incubation.internal.ProjectRepository;
import org.opencontest.incubation.internal.StageChange;
import org.opencontest.incubation.internal.StageChangeRepository;
import org.opencontest.shared.text.PlainText;
import org.opencontest.incubation.internal.Versions;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.submission.ContestSubmissions;
import org.opencontest.submission.SubmissionFilter;
import org.opencontest.submission.VersionSummary;
import org.opencontest.team.TeamMemberships;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incubation projects: taking entries into incubation, the team's consent, stages with their history, responsible
 * incubators, and the lists each role sees (an organiser's contest, an incubator's portfolio, a team's own project,
 * the public showcase). A project the caller has no part in answers {@link NotFoundException}.
 */
@Service
public class IncubationProjects {

    static final int MAX_REASON = 2000;
    private static final int MAX_CANDIDATES = 1000;
    private static final int MAX_CITY = 80;
    private static final int MAX_DATASETS = 500;
    private static final SubmissionFilter FINAL_ONLY = new SubmissionFilter(null, null, true, null);

    private final ProjectRepository projects;
    private final StageChangeRepository history;
    private final IncubatorOrgRepository orgs;
    private final IncubatorMemberRepository members;
    private final ProjectAccess access;
    private final ProjectDtos dtos;
    private final IncubationMails mails;
    private final ContestService contests;
    private final ContestSubmissions submissions;
    private final TeamMemberships teams;
    private final Portfolio portfolio;
    private final AuditLog audit;
    private final Clock clock;

    IncubationProjects(ProjectRepository projects, StageChangeRepository history, IncubatorOrgRepository orgs,
                       IncubatorMemberRepository members, ProjectAccess access, ProjectDtos dtos,
                       IncubationMails mails, ContestService contests, ContestSubmissions submissions,
                       TeamMemberships teams, Portfolio portfolio, AuditLog audit, Clock clock) {
        this.projects = projects;
        this.history = history;
        this.orgs = orgs;
        this.members = members;
        this.access = access;
        this.dtos = dtos;
        this.mails = mails;
        this.contests = contests;
        this.submissions = submissions;
        this.teams = teams;
        this.portfolio = portfolio;
        this.audit = audit;
        this.clock = clock;
    }

    // ----- organisers -------------------------------------------------------------------------------------------

    /** The contest's awarded entries (best first), then every other team's final submission. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<Candidate> candidates(long contestId) {
        if (!contests.canManage(contestId)) {
            throw new NotFoundException();
        }
        Map<Long, Long> projectByTeam = projectByTeam(contestId);
        List<Candidate> found = new ArrayList<>(awardedCandidates(contestId, projectByTeam));
        Set<Long> awardedTeams = found.stream().map(Candidate::teamId).collect(Collectors.toSet());
        for (VersionSummary version : submissions.overview(contestId, FINAL_ONLY, 0, MAX_CANDIDATES)) {
            if (awardedTeams.add(version.teamId())) {
                found.add(new Candidate(version.teamId(), version.submissionId(), version.teamName(),
                        version.title(), null, null, null, projectByTeam.get(version.teamId())));
            }
        }
        return found;
    }

    /**
     * Takes an entry into incubation and asks its team for consent. Organisers of the contest may take any candidate
     * into any organisation; an incubator may take an awarded entry into their own organisation.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN, Roles.INCUBATOR})
    @Transactional
    public ProjectSummary start(NewProject request) {
        orgs.findById(request.orgId()).orElseThrow(NotFoundException::new);
        boolean organiser = contests.canManage(request.contestId());
        if (!organiser && !access.isIncubatorOf(request.orgId())) {
            throw new NotFoundException();
        }
        Candidate candidate = (organiser ? candidates(request.contestId())
                : awardedCandidates(request.contestId(), projectByTeam(request.contestId())))
                .stream().filter(c -> c.teamId() == request.teamId()).findFirst()
                .orElseThrow(NotFoundException::new);
        if (candidate.projectId() != null) {
            throw new UserFacingException("incubation.project.error.exists", candidate.teamName());
        }
        if (request.cadence() == null || request.cadenceStart() == null) {
            throw new UserFacingException("incubation.project.error.cadence");
        }
        ContestPage contest = contests.page(request.contestId());
        LocalDate today = LocalDate.now(clock.withZone(contest.zone()));
        if (request.cadenceStart().isAfter(today.plusYears(1))) {
            throw new UserFacingException("incubation.project.error.startTooLate");
        }
        Set<Long> responsible = responsibleIn(request.orgId(), request.responsibleMemberIds());
        LocalizedText title = candidate.title().isEmpty()
                ? new LocalizedText(candidate.teamName(), candidate.teamName()) : candidate.title();
        Project project = new Project(request.contestId(), candidate.teamId(), candidate.submissionId(),
                candidate.awardId(), candidate.award(), title, candidate.teamName(), request.orgId(),
                request.cadence(), request.cadenceStart(), contest.zone(), CurrentUser.requireId(), clock.instant());
        project.assign(responsible, clock.instant());
        project = projects.saveAndFlush(project);
        history.save(new StageChange(project.getId(), null, Stage.ACCEPTED, "", CurrentUser.require().displayName(),
                clock.instant()));
        audit.record("incubation.project.started", "incubation-project:" + project.getId(),
                "team:" + candidate.teamId() + " org:" + request.orgId());
        mails.toTeam(project, "offer", Map.of());
        return dtos.summary(project);
    }

    /** The contest's projects, for its organisers. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<ProjectSummary> contestProjects(long contestId) {
        if (!contests.canManage(contestId)) {
            throw new NotFoundException();
        }
        return dtos.summaries(projects.findByContestIdOrderByCreatedAtAsc(contestId));
    }

    // ----- incubators and teams ---------------------------------------------------------------------------------

    /** The projects of the caller's incubator organisations (all projects for administrators). */
    @RolesAllowed({Roles.INCUBATOR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<ProjectSummary> portfolio() {
        return dtos.summaries(portfolio.projects());
    }

    /** The projects of the caller's teams. */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional(readOnly = true)
    public List<ProjectSummary> myProjects() {
        List<Long> teamIds = teams.myTeamIds();
        return teamIds.isEmpty() ? List.of() : dtos.summaries(projects.findByTeamIdInOrderByCreatedAtDesc(teamIds));
    }

    /** The caller's team's project in a contest, if it has one (for the team's page). */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Long> teamProject(long contestId, long teamId) {
        return projects.findByContestIdAndTeamId(contestId, teamId)
                .filter(project -> access.viewer(project).any()).map(Project::getId);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public ProjectDetail project(long projectId) {
        return dtos.detail(access.readable(projectId));
    }

    /** Moves the project to another stage with a reason; the history keeps every move with its date. */
    @RolesAllowed({Roles.INCUBATOR, Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public ProjectDetail moveStage(long projectId, long expectedVersion, Stage next, String reason) {
        Project project = Versions.require(access.forSteward(projectId), expectedVersion);
        String why = PlainText.clean(reason, "incubation.stage.reason", MAX_REASON, true);
        if (next == null) {
            throw new UserFacingException("incubation.error.required", PlainText.field("incubation.stage.next"));
        }
        Stage before = project.getStage();
        project.moveTo(next, clock.instant());
        projects.saveAndFlush(project);
        history.save(new StageChange(project.getId(), before, next, why, CurrentUser.require().displayName(),
                clock.instant()));
        audit.record("incubation.project.stage", "incubation-project:" + projectId, before + " -> " + next);
        mails.toTeamWithStage(project, "stage", next);
        return dtos.detail(project);
    }

    /** Sets the responsible incubators, members of the project's organisation. */
    @RolesAllowed({Roles.INCUBATOR, Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public ProjectDetail assign(long projectId, long expectedVersion, Set<Long> memberIds) {
        Project project = Versions.require(access.forSteward(projectId), expectedVersion);
        project.assign(responsibleIn(project.getOrgId(), memberIds), clock.instant());
        projects.saveAndFlush(project);
        audit.record("incubation.project.assigned", "incubation-project:" + projectId, memberIds.toString());
        return dtos.detail(project);
    }

    /**
     * The team's answer to the offer, recorded with who and when, and what it agrees to publish in the showcase.
     * Declining ends reporting; an accepted project can change its publication choices later.
     */
    @PermitAll
    @Transactional
    public ProjectDetail answerConsent(long projectId, long expectedVersion, boolean accept, boolean showPublic,
                                       boolean showKpis, String publicSummary) {
        Project project = Versions.require(access.forTeam(projectId), expectedVersion);
        if (project.getConsent() == Consent.DECLINED) {
            throw new UserFacingException("incubation.consent.error.declined");
        }
        String summary = PlainText.clean(publicSummary, "incubation.consent.summary", MAX_REASON, false);
        project.answerConsent(accept, showPublic, showKpis, summary, CurrentUser.requireId(),
                CurrentUser.require().displayName(), clock.instant());
        projects.saveAndFlush(project);
        audit.record(accept ? "incubation.consent.accepted" : "incubation.consent.declined",
                "incubation-project:" + projectId, "public:" + project.isShowPublic() + " kpis:" + project.isShowKpis());
        mails.toIncubators(project, accept ? "consent-accepted" : "consent-declined", Map.of());
        return dtos.detail(project);
    }

    /**
     * The team's choice to be shown to PARTNER accounts in the partner showcase (separate from the public showcase),
     * with the city it works in and the datasets it uses. Only an accepted project can be listed; the contest's
     * theme is copied for the showcase's filter.
     */
    @PermitAll
    @Transactional
    public ProjectDetail listForPartners(long projectId, long expectedVersion, boolean show, String city,
                                         String datasets) {
        Project project = Versions.require(access.forTeam(projectId), expectedVersion);
        if (project.getConsent() != Consent.ACCEPTED) {
            throw new UserFacingException("incubation.partners.error.notAccepted");
        }
        String where = PlainText.clean(city, "incubation.partners.city", MAX_CITY, show);
        String data = PlainText.clean(datasets, "incubation.partners.datasets", MAX_DATASETS, false);
        project.listForPartners(show, where, data, contests.page(project.getContestId()).theme(), clock.instant());
        projects.saveAndFlush(project);
        audit.record("incubation.partners.listed", "incubation-project:" + projectId, "shown:" + show);
        return dtos.detail(project);
    }

    // ----- internal ---------------------------------------------------------------------------------------------

    private Map<Long, Long> projectByTeam(long contestId) {
        return projects.findByContestIdOrderByCreatedAtAsc(contestId).stream()
                .collect(Collectors.toMap(Project::getTeamId, Project::getId));
    }

    private List<Candidate> awardedCandidates(long contestId, Map<Long, Long> projectByTeam) {
        return portfolio.awarded(contestId).stream().map(entry -> new Candidate(entry.teamId(), entry.submissionId(),
                entry.teamName(), entry.title(), entry.awardId(), entry.award(), entry.rank(),
                projectByTeam.get(entry.teamId()))).toList();
    }

    private Set<Long> responsibleIn(long orgId, Set<Long> memberIds) {
        Map<Long, IncubatorMember> found = members.findByIdIn(memberIds).stream()
                .collect(Collectors.toMap(IncubatorMember::getId, Function.identity()));
        if (found.size() != memberIds.size() || found.values().stream().anyMatch(m -> m.getOrgId() != orgId)) {
            throw new UserFacingException("incubation.project.error.responsible");
        }
        return Set.copyOf(memberIds);
    }
}
