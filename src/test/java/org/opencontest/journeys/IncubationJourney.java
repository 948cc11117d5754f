package org.opencontest.journeys;

import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.incubation.IncubationProjects;
import org.opencontest.incubation.ProjectSummary;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.submission.PackageInput;
import org.opencontest.submission.PackageState;
import org.opencontest.submission.PackageSubmission;
import org.opencontest.submission.SubmissionDrafts;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.support.BrowserJourney;
import org.opencontest.team.RegisteredTeam;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamService;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The organiser takes a winning entry into incubation, the team accepts and submits its first check-in, the demo
 * incubator verifies it and the portfolio dashboard's chart carries the figure. Screenshots feed the guides.
 */
class IncubationJourney extends BrowserJourney {

    private static final String PASSWORD = "opencontest-demo";
    private static final String MEMBER = "participant2@example.org";

    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    SubmissionDrafts drafts;
    @Autowired
    PackageSubmission submitting;
    @Autowired
    IncubationProjects projects;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    @Test
    void aWinnerGoesIntoIncubationReportsAndTheVerifiedFigureReachesTheDashboard() throws Exception {
        AppPrincipal organiser = (AppPrincipal) users.loadUserByUsername("organiser@example.org");
        AppPrincipal member = (AppPrincipal) users.loadUserByUsername(MEMBER);
        long contestId = TeamFixtures.publishedContest(contests, organiser, clock.instant()).id();
        SubmissionFixtures.openSubmission(contests, organiser, contestId, clock.instant());
        RegisteredTeam team = TeamFixtures.register(teams, contests, member, contestId, "Green Wave 绿波");
        String title = "Green Wave Signals " + UUID.randomUUID().toString().substring(0, 4);
        SystemIdentity.callAs(member, () -> {
            drafts.upload(contestId, SubmissionFixtures.pdf(), "proposal.pdf", clock.instant());
            PackageState state = drafts.myPackage(contestId);
            drafts.saveDraft(contestId, state.version(), new PackageInput(state.input().trackId(), title,
                    "绿波信号", "Adaptive signal timing from open traffic counts.", null, List.of(), "Traffic counts 2025",
                    "https://demo.example.org/green-wave", null, null));
            return submitting.submit(contestId, UUID.randomUUID().toString());
        });
        LocalDate start = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).minusMonths(4);

        signIn("organiser@example.org", PASSWORD);
        switchLanguage("English");
        open("organise/incubation/" + contestId);
        byId("incubation-candidates");
        screenshot("incubation-01-organiser-candidates");
        press("take-" + team.teamId());
        byId("take-confirm");
        setValue("take-start", start.toString());
        screenshot("incubation-02-organiser-take");
        press("take-confirm");
        waitForText("is in incubation; the team is asked for consent.");
        ProjectSummary project = SystemIdentity.callAs(organiser, () -> projects.contestProjects(contestId)).get(0);

        // the organiser's session stays open (in English) for the impact page below
        continueAs(MEMBER, PASSWORD);
        switchLanguage("English");
        open("my-incubation");
        press("my-project-" + project.id());
        press("consent-public");
        type("consent-summary", "Adaptive traffic signals on two corridors.");
        press("consent-accept");
        waitForText("Your answer is recorded.");
        screenshot("incubation-03-team-project");
        open("incubation/projects/" + project.id() + "/check-in/" + start);
        type("checkin-narrative", "Signal plans tested on Yan'an Road with the traffic police.");
        type("kpi-revenue", "86000");
        type("kpi-employees", "5");
        type("kpi-funding-equity", "0");
        type("kpi-funding-debt", "0");
        type("kpi-funding-grant", "300000");
        type("kpi-active-users", "4200");
        type("kpi-datasets", "3");
        press("kpi-adoption");
        driver.findElement(By.xpath("//vaadin-select-list-box/vaadin-select-item[normalize-space(.)='Pilot']"))
                .click();
        waitForVaadin();
        type("kpi-partners", "2");
        screenshot("incubation-04-team-check-in");
        press("checkin-submit");
        waitForText("The check-in is submitted");
        String checkInPath = driver.getCurrentUrl();
        switchLanguage("中文");

        continueAs("incubator@example.org", PASSWORD);
        switchLanguage("English");
        driver.get(checkInPath);
        waitForVaadin();
        type("checkin-review-comment", "Matches the bank statement and the police letter.");
        screenshot("incubation-05-incubator-review");
        press("checkin-verify");
        wait.until(d -> byId("checkin-status").getText().startsWith("Status: Verified"));
        open("incubation/board");
        byId("board-PILOT");
        screenshot("incubation-06-incubator-board");
        open("incubation/dashboard");
        WebElement chart = byId("kpi-projects-chart");
        wait.until(d -> "true".equals(chart.getAttribute("data-drawn")));
        assertThat(chart.getAttribute("data-values")).contains(project.title().en() + "=86000.0");
        scrollTo(chart);
        screenshot("incubation-07-incubator-dashboard");
        switchLanguage("中文");

        continueAs("organiser@example.org", PASSWORD);
        open("organise/incubation/" + contestId + "/impact");
        assertThat(byId("impact-incubated").getText()).isEqualTo("1");
        screenshot("incubation-08-organiser-impact");
        switchLanguage("中文");
        continueAsVisitor();
        open("showcase");
        byId("showcase-projects");
        screenshot("incubation-09-public-showcase");
    }
}
