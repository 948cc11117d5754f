package org.opencontest.incubation.internal;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.contest.ContestService;
import org.opencontest.dataset.ContestDataUse;
import org.opencontest.dataset.DatasetUse;
import org.opencontest.incubation.PartnerOutcomes;
import org.opencontest.incubation.ProjectSummary;
import org.opencontest.incubation.Stage;
import org.opencontest.shared.csv.SpreadsheetCsv;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.Roles;
import org.opencontest.submission.ContestStages;
import org.opencontest.submission.ContestSubmissions;
import org.opencontest.submission.FinalVersion;
import org.opencontest.submission.SubmissionFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incubator's dashboard (funnel, overdue check-ins, KPI curves per project and for the portfolio) and the impact
 * report of a contest for its organisers, with its CSV export. Charts and totals use verified figures only: a
 * figure counts once an incubator has checked it.
 */
@Service
public class IncubationReports {

    private static final SubmissionFilter FINAL_ONLY = new SubmissionFilter(null, null, true, null);

    private final ProjectRepository projects;
    private final CheckInRepository checkIns;
    private final StageChangeRepository history;
    private final Portfolio portfolio;
    private final ProjectDtos dtos;
    private final ContestService contests;
    private final ContestSubmissions submissions;
    private final ContestDataUse datasets;
    /** Looked up per report: the partnering module implements it and depends on this module. */
    private final ObjectProvider<PartnerOutcomes> partnerOutcomes;
    private final ContestStages stages;

    IncubationReports(ProjectRepository projects, CheckInRepository checkIns, StageChangeRepository history,
                      Portfolio portfolio, ProjectDtos dtos, ContestService contests,
                      ContestSubmissions submissions, ContestDataUse datasets,
                      ObjectProvider<PartnerOutcomes> partnerOutcomes, ContestStages stages) {
        this.partnerOutcomes = partnerOutcomes;
        this.stages = stages;
        this.projects = projects;
        this.checkIns = checkIns;
        this.history = history;
        this.portfolio = portfolio;
        this.dtos = dtos;
        this.contests = contests;
        this.submissions = submissions;
        this.datasets = datasets;
    }

    @RolesAllowed({Roles.INCUBATOR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Dashboard dashboard(String portfolioLabel, Locale reader) {
        List<Project> mine = portfolio.projects();
        List<ProjectSummary> summaries = dtos.summaries(mine);
        Map<Stage, Long> funnel = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            funnel.put(stage, 0L);
        }
        summaries.forEach(project -> funnel.merge(project.stage(), 1L, Long::sum));
        List<ProjectSummary> overdue = summaries.stream().filter(ProjectSummary::overdue).toList();
        Map<Long, List<CheckIn>> verified = verifiedByProject(mine);
        List<KpiSeries> series = mine.stream().filter(project -> verified.containsKey(project.getId()))
                .map(project -> new KpiSeries(project.getId(), project.getTitle().in(reader), verified.get(project.getId())
                        .stream().map(c -> new KpiSeries.Point(YearMonth.from(c.getPeriodEnd()), c.kpis())).toList()))
                .toList();
        return new Dashboard(funnel, overdue, series, KpiCharts.portfolio(portfolioLabel, series));
    }

    /** The contest's impact, for its organisers (and, printed or exported, for sponsors and data providers). */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public ImpactReport impact(long contestId) {
        if (!contests.canManage(contestId)) {
            throw new NotFoundException();
        }
        LocalizedText title = contests.page(contestId).title();
        List<Project> incubated = projects.findByContestIdOrderByCreatedAtAsc(contestId).stream()
                .filter(project -> project.getConsent() == Consent.ACCEPTED).toList();
        Map<Long, List<CheckIn>> verified = verifiedByProject(incubated);
        Map<Long, Set<Stage>> reached = history.findByProjectIdIn(ids(incubated)).stream()
                .collect(Collectors.groupingBy(StageChange::getProjectId,
                        Collectors.mapping(StageChange::getToStage, Collectors.toSet())));
        List<ImpactReport.Outcome> outcomes = incubated.stream()
                .map(project -> outcome(project, verified.getOrDefault(project.getId(), List.of()),
                        reached.getOrDefault(project.getId(), Set.of()))).toList();
        Map<Long, ImpactReport.Outcome> byTeam = new HashMap<>();
        for (int i = 0; i < incubated.size(); i++) {
            byTeam.put(incubated.get(i).getTeamId(), outcomes.get(i));
        }
        Map<Long, Set<Long>> declaredBy = new HashMap<>();
        for (FinalVersion entry : submissions.finalVersions(contestId)) {
            entry.input().datasetIds().forEach(datasetId ->
                    declaredBy.computeIfAbsent(datasetId, id -> new HashSet<>()).add(entry.summary().teamId()));
        }
        List<ImpactReport.DatasetTrace> traces = new ArrayList<>();
        for (DatasetUse use : datasets.usageInContest(contestId)) {
            Set<Long> declared = declaredBy.getOrDefault(use.datasetId(), Set.of());
            Set<Long> usedBy = new HashSet<>(use.teamIds());
            usedBy.addAll(declared);
            traces.add(new ImpactReport.DatasetTrace(use.title(), use.slug(), declared.size(), use.teamIds().size(),
                    use.issuesReported(), use.issuesFixed(),
                    usedBy.stream().filter(byTeam::containsKey).map(byTeam::get)
                            .sorted(Comparator.comparing(outcome -> outcome.title().en())).toList()));
        }
        return new ImpactReport(contestId, title, submissions.count(contestId, FINAL_ONLY),
                portfolio.awarded(contestId).size(), incubated.size(),
                outcomes.stream().filter(ImpactReport.Outcome::adopted).count(),
                outcomes.stream().filter(ImpactReport.Outcome::company).count(),
                outcomes.stream().mapToLong(ImpactReport.Outcome::jobs).sum(),
                outcomes.stream().map(ImpactReport.Outcome::funding).reduce(BigDecimal.ZERO, BigDecimal::add),
                outcomes.stream().map(ImpactReport.Outcome::revenue).reduce(BigDecimal.ZERO, BigDecimal::add),
                outcomes, traces, partnerOutcomes.orderedStream().map(spi -> spi.forContest(contestId))
                        .reduce(PartnerOutcomes.Counts.NONE, IncubationReports::sum), stages.funnel(contestId));
    }

    /** The impact report as CSV (UTF-8 with BOM so spreadsheet programs read Chinese names): totals, projects, datasets. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public void impactCsv(long contestId, OutputStream out) {
        ImpactReport report = impact(contestId);
        SpreadsheetCsv csv = SpreadsheetCsv.to(out, "measure", "value");
        csv.row("entries", report.entries());
        csv.row("awarded", report.awarded());
        csv.row("incubated", report.incubated());
        csv.row("adopted_by_government", report.adopted());
        csv.row("companies_founded", report.companies());
        csv.row("jobs", report.jobs());
        csv.row("funding_cny", report.funding().toPlainString());
        csv.row("revenue_cny", report.revenue().toPlainString());
        csv.row("partner_introductions", report.partnering().introductions());
        csv.row("partner_introductions_accepted", report.partnering().accepted());
        csv.row("demo_day_meetings", report.partnering().meetings());
        csv.row("introductions_to_funding", report.partnering().funding());
        csv.row("introductions_to_government_adoption", report.partnering().adoptions());
        csv.row("teams_registered", report.stages().registeredTeams());
        for (ContestStages.StageFunnelStep step : report.stages().steps()) {
            csv.row("stage_" + step.stage() + "_submitted", step.submitted());
            if (step.stage() < report.stages().steps().size()) {
                csv.row("stage_" + step.stage() + "_shortlisted", step.shortlisted());
            }
        }
        csv.blankLine();
        csv.row("project", "team", "award", "stage", "adopted", "company", "jobs", "funding_cny",
                "revenue_cny", "government_adoption", "datasets_used");
        for (ImpactReport.Outcome outcome : report.projects()) {
            String used = report.datasets().stream().filter(trace -> trace.outcomes().contains(outcome))
                    .map(ImpactReport.DatasetTrace::slug).collect(Collectors.joining(" "));
            csv.row(outcome.title().en(), outcome.teamName(),
                    outcome.award() == null ? "" : outcome.award().en(), outcome.stage(), outcome.adopted(),
                    outcome.company(), outcome.jobs(), outcome.funding().toPlainString(),
                    outcome.revenue().toPlainString(), outcome.adoption() == null ? "" : outcome.adoption(), used);
        }
        csv.blankLine();
        csv.row("dataset", "entries_declaring", "teams_downloading", "data_issues_reported", "data_issues_fixed");
        for (ImpactReport.DatasetTrace trace : report.datasets()) {
            csv.row(trace.slug(), trace.declared(), trace.downloaded(), trace.issuesReported(), trace.issuesFixed());
        }
        csv.flush();
    }

    private ImpactReport.Outcome outcome(Project project, List<CheckIn> verified, Set<Stage> reached) {
        CheckIn latest = verified.isEmpty() ? null : verified.get(verified.size() - 1);
        long jobs = latest == null || latest.kpis().employees() == null ? 0 : latest.kpis().employees();
        BigDecimal funding = verified.stream().map(c -> c.kpis().fundingTotal()).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal revenue = verified.stream().map(c -> KpiKind.REVENUE.of(c.kpis())).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        boolean adopted = project.getStage().adopted() || reached.contains(Stage.GOVERNMENT_ADOPTION);
        boolean company = project.getStage() == Stage.SPUN_OFF || reached.contains(Stage.SPUN_OFF);
        LocalizedText award = project.getAward();
        return new ImpactReport.Outcome(project.getId(), project.getTitle(), project.getTeamName(), award,
                project.getStage(), adopted, company, jobs, funding, revenue,
                latest == null ? null : latest.kpis().adoption());
    }

    private Map<Long, List<CheckIn>> verifiedByProject(Collection<Project> list) {
        return checkIns.findByProjectIdInOrderByPeriodStartAsc(ids(list)).stream()
                .filter(checkIn -> checkIn.getStatus() == CheckInStatus.VERIFIED)
                .collect(Collectors.groupingBy(CheckIn::getProjectId));
    }

    private static PartnerOutcomes.Counts sum(PartnerOutcomes.Counts a, PartnerOutcomes.Counts b) {
        return new PartnerOutcomes.Counts(a.introductions() + b.introductions(), a.accepted() + b.accepted(),
                a.meetings() + b.meetings(), a.funding() + b.funding(), a.adoptions() + b.adoptions());
    }

    private static List<Long> ids(Collection<Project> list) {
        return list.stream().map(Project::getId).toList();
    }
}
