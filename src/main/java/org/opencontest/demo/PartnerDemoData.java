package org.opencontest.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.opencontest.contest.ContestService;
import org.opencontest.contest.ContestSummary;
import org.opencontest.incubation.IncubationProjects;
import org.opencontest.incubation.ProjectDetail;
import org.opencontest.incubation.ProjectSummary;
import org.opencontest.partnering.DemoDays;
import org.opencontest.partnering.IntroductionOutcome;
import org.opencontest.partnering.Introductions;
import org.opencontest.partnering.PartnerKind;
import org.opencontest.partnering.PartnerProfiles;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.team.TeamMemberships;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Partner matchmaking for the demo: the incubated projects of the demo contest listed for partners, two partners
 * (an investor and a government department) with introductions in each state (one accepted and linked to funding,
 * one declined, one waiting), and a demo day in ten days with a booked slot. Runs after the incubation demo data.
 */
@Component
class PartnerDemoData {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerDemoData.class);

    private final IncubationProjects projects;
    private final PartnerProfiles profiles;
    private final Introductions introductions;
    private final DemoDays demoDays;
    private final ContestService contests;
    private final TeamMemberships teams;
    private final DemoPeople people;
    private final Clock clock;

    PartnerDemoData(IncubationProjects projects, PartnerProfiles profiles, Introductions introductions,
                    DemoDays demoDays, ContestService contests, TeamMemberships teams, DemoPeople people,
                    Clock clock) {
        this.projects = projects;
        this.profiles = profiles;
        this.introductions = introductions;
        this.demoDays = demoDays;
        this.contests = contests;
        this.teams = teams;
        this.people = people;
        this.clock = clock;
    }

    void load() {
        AppPrincipal organiser = people.find(DemoAccounts.ORGANISER).orElse(null);
        AppPrincipal incubator = people.find(DemoAccounts.INCUBATOR).orElse(null);
        AppPrincipal investor = people.find(DemoAccounts.PARTNER).orElse(null);
        AppPrincipal government = people.find(DemoAccounts.GOV_PARTNER).orElse(null);
        if (organiser == null || incubator == null || investor == null || government == null) {
            LOG.info("Demo partnering skipped: demo accounts missing");
            return;
        }
        if (SystemIdentity.callAs(investor, profiles::mine).isPresent()) {
            LOG.info("Demo partnering skipped: loaded already");
            return;
        }
        Long contestId = SystemIdentity.callAs(organiser, () -> contests.myContests(PageRequest.of(0, 500)).stream()
                .filter(contest -> contest.slug().equals(SubmissionDemoData.SLUG)).map(ContestSummary::id)
                .findFirst().orElse(null));
        List<ProjectSummary> incubated = contestId == null ? List.of()
                : SystemIdentity.callAs(organiser, () -> projects.contestProjects(contestId));
        if (incubated.size() < 2) {
            LOG.info("Demo partnering skipped: fewer than two incubated projects");
            return;
        }
        ProjectSummary first = incubated.get(0);
        ProjectSummary second = incubated.get(1);
        AppPrincipal firstMember = memberOf(organiser, first);
        AppPrincipal secondMember = memberOf(organiser, second);
        ProjectDetail firstListed = SystemIdentity.callAs(firstMember, () -> projects.listForPartners(first.id(),
                SystemIdentity.callAs(firstMember, () -> projects.project(first.id())).summary().version(), true,
                "Guiyang", "Bus GPS 2025, road closures"));
        SystemIdentity.callAs(secondMember, () -> projects.listForPartners(second.id(),
                SystemIdentity.callAs(secondMember, () -> projects.project(second.id())).summary().version(), true,
                "Shanghai", "Taxi trips 2025"));

        SystemIdentity.callAs(investor, () -> profiles.save(PartnerKind.INVESTOR, "Yangtze Ventures",
                "Seed and Series A rounds in mobility and city data"));
        SystemIdentity.callAs(government, () -> profiles.save(PartnerKind.GOVERNMENT, "贵阳市交通局",
                "公交准点率、道路安全、开放数据落地"));
        long accepted = SystemIdentity.callAs(investor, () -> introductions.request(first.id(),
                "We lead seed rounds in mobility start-ups and would like to see your pilot figures.")).id();
        SystemIdentity.callAs(firstMember, () -> introductions.answer(accepted, true));
        LocalDate filed = firstListed.periods().stream().filter(row -> row.status() != null)
                .map(row -> row.period().start()).findFirst().orElse(null);
        if (filed != null) {
            SystemIdentity.callAs(firstMember, () -> introductions.linkOutcome(accepted, IntroductionOutcome.FUNDING,
                    filed));
        }
        SystemIdentity.callAs(investor, () -> introductions.request(second.id(),
                "Your taxi-demand model fits our portfolio; could we talk next month?"));
        long declined = SystemIdentity.callAs(government, () -> introductions.request(second.id(),
                "我们希望了解该项目能否用于本市出租车调度。")).id();
        SystemIdentity.callAs(secondMember, () -> introductions.answer(declined, false));

        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        DemoDays.Summary day = SystemIdentity.callAs(incubator, () -> demoDays.create("Guiyang Data Demo Day 2026",
                "Guiyang Big Data Exchange, Hall 2", shanghai));
        LocalDateTime start = LocalDate.now(clock.withZone(shanghai)).plusDays(10).atTime(14, 0);
        DemoDays.Slot booked = SystemIdentity.callAs(incubator, () -> demoDays.addSlot(day.id(), start, 20));
        SystemIdentity.callAs(incubator, () -> demoDays.addSlot(day.id(), start.plusMinutes(30), 20));
        SystemIdentity.callAs(incubator, () -> demoDays.addSlot(day.id(), start.plusMinutes(60), 20));
        SystemIdentity.callAs(incubator, () -> {
            demoDays.inviteProject(day.id(), first.id());
            demoDays.inviteProject(day.id(), second.id());
            demoDays.invitePartner(day.id(), investor.email());
            demoDays.invitePartner(day.id(), government.email());
            return null;
        });
        SystemIdentity.callAs(firstMember, () -> demoDays.book(day.id(), booked.id(), first.id()));
        LOG.info("Demo partnering loaded: two partners, introductions in each state, a demo day");
    }

    private AppPrincipal memberOf(AppPrincipal organiser, ProjectSummary project) {
        return people.get(SystemIdentity.call(() -> teams.members(teamOf(organiser, project))).get(0).email());
    }

    private long teamOf(AppPrincipal organiser, ProjectSummary project) {
        return SystemIdentity.callAs(organiser, () -> projects.candidates(project.contestId())).stream()
                .filter(candidate -> Long.valueOf(project.id()).equals(candidate.projectId())).findFirst()
                .orElseThrow().teamId();
    }
}
