package org.opencontest.incubation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opencontest.contest.ContestService;
import org.opencontest.incubation.IncubatorOrgView;
import org.opencontest.incubation.MilestoneView;
import org.opencontest.incubation.PeriodRow;
import org.opencontest.incubation.ProjectDetail;
import org.opencontest.incubation.ProjectSummary;
import org.opencontest.incubation.ReportingPeriod;
import org.opencontest.shared.i18n.LocalizedText;
import org.springframework.stereotype.Component;

/** Builds the module's read models; lists load check-ins, organisations and contest titles once per call. */
@Component
public class ProjectDtos {

    private final CheckInRepository checkIns;
    private final IncubatorOrgRepository orgs;
    private final IncubatorMemberRepository members;
    private final StageChangeRepository history;
    private final MilestoneRepository milestones;
    private final EvidenceRepository evidence;
    private final ProjectAccess access;
    private final ContestService contests;
    private final Clock clock;

    ProjectDtos(CheckInRepository checkIns, IncubatorOrgRepository orgs, IncubatorMemberRepository members,
                StageChangeRepository history, MilestoneRepository milestones, EvidenceRepository evidence,
                ProjectAccess access, ContestService contests, Clock clock) {
        this.checkIns = checkIns;
        this.orgs = orgs;
        this.members = members;
        this.history = history;
        this.milestones = milestones;
        this.evidence = evidence;
        this.access = access;
        this.contests = contests;
        this.clock = clock;
    }

    public LocalDate today(Project project) {
        return LocalDate.now(clock.withZone(project.getZone()));
    }

    public List<ProjectSummary> summaries(Collection<Project> projects) {
        Map<Long, List<CheckIn>> reports = checkIns.findByProjectIdInOrderByPeriodStartAsc(
                        projects.stream().map(Project::getId).toList()).stream()
                .collect(Collectors.groupingBy(CheckIn::getProjectId));
        Map<Long, LocalizedText> orgNames = orgs.findAllById(projects.stream().map(Project::getOrgId).distinct().toList())
                .stream().collect(Collectors.toMap(IncubatorOrg::getId, ProjectDtos::name));
        Map<Long, LocalizedText> contestTitles = new HashMap<>();
        return projects.stream().map(project -> summary(project, reports.getOrDefault(project.getId(), List.of()),
                orgNames.get(project.getOrgId()),
                contestTitles.computeIfAbsent(project.getContestId(), this::contestTitle))).toList();
    }

    public ProjectSummary summary(Project project) {
        return summaries(List.of(project)).get(0);
    }

    public ProjectDetail detail(Project project) {
        List<CheckIn> reports = checkIns.findByProjectIdOrderByPeriodStartAsc(project.getId());
        ProjectSummary summary = summary(project);
        List<StageEntry> stages = history.findByProjectIdOrderByChangedAtAscIdAsc(project.getId()).stream()
                .map(change -> new StageEntry(change.getFromStage(), change.getToStage(), change.getReason(),
                        change.getChangedBy(), change.getChangedAt())).toList();
        List<IncubatorOrgView.Incubator> responsible = members.findByIdIn(project.getResponsibleMemberIds()).stream()
                .map(ProjectDtos::incubator).toList();
        List<MilestoneView> goals = milestones.findByProjectIdOrderByDueDateAscIdAsc(project.getId()).stream()
                .map(ProjectDtos::milestone).toList();
        List<EvidenceView> files = evidence.findByProjectIdOrderByUploadedAtAsc(project.getId()).stream()
                .map(ProjectDtos::evidence).toList();
        return new ProjectDetail(summary, access.viewer(project), project.getCadence(), project.getZone(),
                project.getConsentByName(), project.getConsentAt(), project.isShowPublic(), project.isShowKpis(),
                project.getPublicSummary(), stages, responsible, goals, periods(project, reports), files,
                new ProjectDetail.PartnerListing(project.isShowPartners(), project.getPartnerCity(),
                        project.getPartnerDatasets()));
    }

    /** Ended periods, newest first, after the one still running (open for check-in once it has started). */
    public List<PeriodRow> periods(Project project, List<CheckIn> reports) {
        LocalDate today = today(project);
        Map<LocalDate, CheckIn> byStart = reports.stream()
                .collect(Collectors.toMap(CheckIn::getPeriodStart, Function.identity()));
        ReportingSchedule schedule = project.schedule();
        List<ReportingPeriod> ended = schedule.endedBy(today);
        List<PeriodRow> rows = new ArrayList<>();
        if (!project.getStage().isFinal()) {
            ReportingPeriod running = schedule.period(ended.size());
            CheckIn report = byStart.get(running.start());
            rows.add(new PeriodRow(running, report == null ? null : report.getStatus(),
                    report == null ? null : report.getId(), running.hasStartedBy(today), false));
        }
        for (int i = ended.size() - 1; i >= 0; i--) {
            ReportingPeriod period = ended.get(i);
            CheckIn report = byStart.get(period.start());
            CheckInStatus status = report == null ? null : report.getStatus();
            boolean reported = status != null && status != CheckInStatus.DRAFT;
            rows.add(new PeriodRow(period, status, report == null ? null : report.getId(), true,
                    !reported && period.isOverdueOn(today) && project.isReporting()));
        }
        return rows;
    }

    public static EvidenceView evidence(Evidence file) {
        return new EvidenceView(file.getId(), file.getMilestoneId(), file.getCheckInId(), file.getName(),
                file.getSizeBytes(), file.getSha256(), file.getMediaType(), file.getUploadedBy(),
                file.getUploadedAt());
    }

    public static MilestoneView milestone(Milestone goal) {
        return new MilestoneView(goal.getId(), goal.getVersion(), goal.getGoal(), goal.getUnit(), goal.getTarget(),
                goal.getAchieved(), goal.getDueDate(), goal.getStatus(), goal.getReviewComment(),
                goal.getReviewedBy(), goal.getReviewedAt());
    }

    public static IncubatorOrgView.Incubator incubator(IncubatorMember member) {
        return new IncubatorOrgView.Incubator(member.getId(), member.getUserId(), member.getDisplayName(),
                member.getEmail());
    }

    public static LocalizedText name(IncubatorOrg org) {
        return org.getName();
    }

    /** The contest's title; projects exist only for published (or since archived) contests, which anyone sees. */
    public LocalizedText contestTitle(long contestId) {
        return contests.page(contestId).title();
    }

    private ProjectSummary summary(Project project, List<CheckIn> reports, LocalizedText orgName,
                                   LocalizedText contestTitle) {
        LocalDate today = today(project);
        ReportingPeriod next = null;
        boolean overdue = false;
        if (project.isReporting()) {
            ReportingSchedule schedule = project.schedule();
            // as in Hypha, the next report follows the last period reported; gaps show in the period list
            ReportingPeriod last = reports.stream().filter(r -> r.getStatus() != CheckInStatus.DRAFT)
                    .reduce((first, second) -> second)
                    .flatMap(r -> schedule.periodStarting(r.getPeriodStart())).orElse(null);
            next = schedule.nextAfter(last);
            overdue = next.isOverdueOn(today);
        }
        LocalizedText award = project.getAward();
        return new ProjectSummary(project.getId(), project.getVersion(), project.getContestId(), contestTitle,
                project.getTitle(), project.getTeamName(), project.getStage(), project.getConsent(), orgName, award,
                next == null ? null : next.due(), overdue);
    }
}
