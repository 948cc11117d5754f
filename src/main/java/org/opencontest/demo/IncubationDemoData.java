package org.opencontest.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.opencontest.contest.ContestSummary;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.incubation.AdoptionStage;
import org.opencontest.incubation.Cadence;
import org.opencontest.incubation.Candidate;
import org.opencontest.incubation.CheckInDetail;
import org.opencontest.incubation.CheckIns;
import org.opencontest.incubation.IncubationProjects;
import org.opencontest.incubation.IncubatorOrgView;
import org.opencontest.incubation.IncubatorOrganisations;
import org.opencontest.incubation.Kpis;
import org.opencontest.incubation.MilestoneInput;
import org.opencontest.incubation.MilestoneStatus;
import org.opencontest.incubation.MilestoneView;
import org.opencontest.incubation.Milestones;
import org.opencontest.incubation.NewProject;
import org.opencontest.incubation.ProjectDetail;
import org.opencontest.incubation.ProjectSummary;
import org.opencontest.incubation.ReportingPeriod;
import org.opencontest.incubation.Stage;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.team.TeamMemberships;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo incubation: the finished contest "Open Mobility 2025" hands its entries (the awarded ones when results are
 * published, otherwise the final submissions, selected by the organiser) to the demo incubator's organisation. One
 * project reports monthly for a year and reached government adoption; the other reports quarterly and runs a pilot.
 * Check-ins follow growing curves, are verified by the incubator, and the latest monthly one is left overdue, so the
 * dashboard, the board and the impact report show real figures. Everything goes through the services as the demo
 * people; skipped when the contest already has projects or something is missing.
 */
@Component
class IncubationDemoData {

    private static final String SLUG = SubmissionDemoData.SLUG;
    private static final Logger LOG = LoggerFactory.getLogger(IncubationDemoData.class);

    private final IncubationProjects projects;
    private final IncubatorOrganisations organisations;
    private final Milestones milestones;
    private final CheckIns checkIns;
    private final ContestService contests;
    private final TeamMemberships teams;
    private final DemoPeople people;
    private final Clock clock;

    IncubationDemoData(IncubationProjects projects, IncubatorOrganisations organisations, Milestones milestones,
                       CheckIns checkIns, ContestService contests, TeamMemberships teams, DemoPeople people,
                       Clock clock) {
        this.projects = projects;
        this.organisations = organisations;
        this.milestones = milestones;
        this.checkIns = checkIns;
        this.contests = contests;
        this.teams = teams;
        this.people = people;
        this.clock = clock;
    }

    void load() {
        AppPrincipal organiser;
        AppPrincipal incubator;
        try {
            organiser = people.get(DemoAccounts.ORGANISER);
            incubator = people.get(DemoAccounts.INCUBATOR);
        } catch (RuntimeException missing) {
            LOG.info("Demo incubation skipped: demo accounts missing");
            return;
        }
        Long contestId = SystemIdentity.callAs(organiser, () -> contests.myContests(PageRequest.of(0, 500)).stream()
                .filter(contest -> contest.slug().equals(SLUG)).map(ContestSummary::id).findFirst().orElse(null));
        if (contestId == null) {
            LOG.info("Demo incubation skipped: demo contest {} missing", SLUG);
            return;
        }
        List<Candidate> candidates = SystemIdentity.callAs(organiser, () -> projects.candidates(contestId));
        if (candidates.isEmpty() || candidates.stream().anyMatch(candidate -> candidate.projectId() != null)) {
            LOG.info("Demo incubation skipped: no entries in {} or projects exist already", SLUG);
            return;
        }
        if (candidates.get(0).award() == null) {
            LOG.info("No published awards in {}: the demo incubates the organiser's selected final entries", SLUG);
        }
        IncubatorOrgView org = SystemIdentity.call(() -> organisations.create(new LocalizedText(
                "Guiyang Big Data Incubator", "贵阳大数据孵化器")));
        long memberId = SystemIdentity.call(() -> organisations.addMember(org.id(), incubator.email())).memberId();
        ZoneId zone = SystemIdentity.callAs(organiser, () -> contests.page(contestId)).zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));

        // a year of monthly check-ins; the start lies so that the latest period's check-in is a few days overdue
        incubate(organiser, incubator, contestId, candidates.get(0), org.id(), memberId, Cadence.MONTHLY,
                today.minusMonths(12).minusDays(15), List.of(Stage.PROTOTYPE, Stage.PILOT, Stage.GOVERNMENT_ADOPTION),
                1);
        if (candidates.size() > 1) {
            incubate(organiser, incubator, contestId, candidates.get(1), org.id(), memberId, Cadence.QUARTERLY,
                    today.minusMonths(12).plusDays(20), List.of(Stage.PROTOTYPE, Stage.PILOT), 0);
        }
        LOG.info("Demo incubation loaded for {}", SLUG);
    }

    private void incubate(AppPrincipal organiser, AppPrincipal incubator, long contestId, Candidate candidate,
                          long orgId, long memberId, Cadence cadence, LocalDate start, List<Stage> stages,
                          int leaveOverdue) {
        ProjectSummary started = SystemIdentity.callAs(organiser, () -> projects.start(new NewProject(contestId,
                candidate.teamId(), orgId, Set.of(memberId), cadence, start)));
        AppPrincipal member = people.get(SystemIdentity.call(() -> teams.members(candidate.teamId())).get(0).email());
        ProjectDetail project = SystemIdentity.callAs(member, () -> projects.answerConsent(started.id(),
                started.version(), true, true, true, candidate.title().en() + ": from a contest entry to a service in use."));
        for (Stage stage : stages) {
            long version = project.summary().version();
            project = SystemIdentity.callAs(incubator, () -> projects.moveStage(started.id(), version, stage,
                    reason(stage)));
        }
        milestones(incubator, member, started.id(), start);
        List<ReportingPeriod> ended = project.periods().stream().filter(row -> row.open())
                .map(row -> row.period()).sorted((a, b) -> a.start().compareTo(b.start())).toList();
        int scale = cadence.months();
        for (int i = 0; i < ended.size() - leaveOverdue; i++) {
            report(member, incubator, started.id(), ended.get(i).start(), figures(i, scale, ended.size()));
        }
    }

    private void milestones(AppPrincipal incubator, AppPrincipal member, long projectId, LocalDate start) {
        MilestoneView prototype = SystemIdentity.callAs(incubator, () -> milestones.add(projectId, new MilestoneInput(
                "Working prototype in use by a test group", "prototype", BigDecimal.ONE, start.plusMonths(3))));
        MilestoneView done = SystemIdentity.callAs(member, () -> milestones.report(prototype.id(),
                prototype.version(), MilestoneStatus.COMPLETE, BigDecimal.ONE));
        SystemIdentity.callAs(incubator, () -> milestones.review(done.id(), done.version(), true,
                "Seen in use at the depot."));
        MilestoneView pilot = SystemIdentity.callAs(incubator, () -> milestones.add(projectId, new MilestoneInput(
                "Pilot agreement with a government body", "agreement", BigDecimal.ONE, start.plusMonths(8))));
        SystemIdentity.callAs(member, () -> milestones.report(pilot.id(), pilot.version(),
                MilestoneStatus.COMPLETE, BigDecimal.ONE));
        MilestoneView users = SystemIdentity.callAs(incubator, () -> milestones.add(projectId, new MilestoneInput(
                "Active users per month", "users", new BigDecimal("20000"), start.plusMonths(15))));
        SystemIdentity.callAs(member, () -> milestones.report(users.id(), users.version(),
                MilestoneStatus.IN_PROGRESS, new BigDecimal("9400")));
    }

    private void report(AppPrincipal member, AppPrincipal incubator, long projectId, LocalDate period, Kpis kpis) {
        CheckInDetail submitted = SystemIdentity.callAs(member, () -> checkIns.submit(projectId, period, 0,
                "Pilot routes extended; dispatcher feedback included in the model.", kpis));
        SystemIdentity.callAs(incubator, () -> checkIns.review(submitted.id(), submitted.version(), true,
                "Figures match the statements provided."));
    }

    /** Growing curves: revenue and users rise, staff is hired, funding comes in two rounds. */
    private static Kpis figures(int index, int monthsPerPeriod, int periods) {
        double progress = (index + 1.0) / periods;
        BigDecimal revenue = BigDecimal.valueOf(monthsPerPeriod * 8000L * Math.round(1 + 9 * progress * progress))
                .setScale(2, RoundingMode.HALF_UP);
        int employees = 1 + (int) Math.round(7 * progress);
        BigDecimal equity = index == periods / 2 ? new BigDecimal("2000000") : BigDecimal.ZERO;
        BigDecimal grant = index == 1 ? new BigDecimal("300000") : BigDecimal.ZERO;
        long activeUsers = Math.round(400 + 11000 * progress * progress);
        AdoptionStage adoption = progress < 0.25 ? AdoptionStage.CONTACT : progress < 0.6 ? AdoptionStage.PILOT
                : progress < 0.85 ? AdoptionStage.MOU : AdoptionStage.PRODUCTION;
        return new Kpis(revenue, employees, equity, BigDecimal.ZERO, grant, activeUsers, 2 + index / 4, adoption,
                1 + index / 3);
    }

    private static String reason(Stage stage) {
        return switch (stage) {
            case PROTOTYPE -> "Prototype running on live GPS feeds.";
            case PILOT -> "Pilot agreed with the municipal transport bureau.";
            case GOVERNMENT_ADOPTION -> "Procurement contract signed; in production on 12 routes.";
            default -> "Moved by the incubator.";
        };
    }
}
