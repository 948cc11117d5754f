package org.opencontest.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.AwardInput;
import org.opencontest.judging.RankingRow;
import org.opencontest.judging.Rankings;
import org.opencontest.judging.ResultsDesk;
import org.opencontest.judging.ResultsFixtures;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.support.BrowserJourney;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A judge scores an entry, the organiser ranks, awards and publishes the results, and a visitor sees the winners.
 * Also shows the demo's judged contest (Open Mobility 2025): its final ranking and its gallery. Screenshots for
 * docs/guide-organiser.md §8 and docs/guide-team.md.
 */
class ResultsJourney extends BrowserJourney {

    private static final String PASSWORD = "opencontest-demo";

    @Autowired
    JudgingScene scene;
    @Autowired
    Rankings rankings;
    @Autowired
    ResultsDesk desk;
    @Autowired
    ContestService contests;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    @Test
    void aJudgeScoresTheOrganiserPublishesAVisitorSeesTheWinners() throws Exception {
        JudgingScene.Scene judging = scene.build();
        long roundId = judging.round().id();

        signIn(JudgingScene.JUDGE, PASSWORD);
        for (int sheet = 0; sheet < 2; sheet++) {
            open("judging");
            WebElement queue = byId("queue-" + roundId);
            List<WebElement> links = queue.findElements(By.cssSelector("a"));
            driver.get(links.get(sheet).getAttribute("href"));
            waitForVaadin();
            for (String criterion : new String[] {"innovation", "data", "impact", "feasibility"}) {
                WebElement level = byId("score-" + criterion).findElements(By.tagName("vaadin-radio-button"))
                        .get(sheet == 0 ? 4 : 2);
                scrollTo(level);
                level.click();
                waitForVaadin();
            }
            type("team-comment", sheet == 0 ? "Convincing field test." : "Good start; add data on curb use.");
            press("sheet-submit");
            click("confirm-action");
            wait.until(d -> byId("sheet-status").getText().startsWith("Submitted at"));
        }

        // the organiser: the round's ranking, an award, then publication once the results phase has begun
        AppPrincipal organiser = judging.organiser();
        List<RankingRow> ranked = as(organiser, () -> rankings.report(roundId)).rows();
        assertThat(ranked).hasSize(2);
        String winner = ranked.get(0).teamName();
        String other = ranked.get(1).teamName();
        as(organiser, () -> desk.award(judging.contestId(), AwardInput.prize(ranked.get(0).versionId(), 0,
                "Highest score of the round")));
        ResultsFixtures.resultsPhaseIn(contests, organiser, judging.contestId(), clock.instant(),
                Duration.ofMinutes(-5));
        continueAs("organiser@example.org", PASSWORD);
        switchLanguage("English");
        open("organise/rounds/" + roundId + "/ranking");
        waitForText(winner);
        open("organise/contests/" + judging.contestId() + "/results");
        press("results-publish");
        press("confirm-action");
        wait.until(d -> byId("results-status").getText().startsWith("Published"));
        screenshot("organiser-results-02-published");

        // a visitor, without an account
        continueAsVisitor();
        open("contests/" + judging.slug());
        click("contest-results");
        wait.until(d -> byId("results-winners").getText().contains(winner));
        assertThat(byId("results-winners").getText()).contains("First prize", winner + " app").doesNotContain(other);

        // the demo's judged contest: the final's ranking with the earlier round beside it, and the public gallery
        // the organiser's session is still in English
        continueAs("organiser@example.org", PASSWORD);

        long demoContest = as(organiser, () -> contests.page("open-mobility-2025")).id();
        open("organise/contests/" + demoContest + "/results");
        press("verify-log");
        wait.until(d -> byId("log-verification").getText().startsWith("The judging log is intact"));
        screenshot("organiser-results-01-desk");
        open("organise/contests/" + demoContest + "/results");
        click("ranking-2");
        wait.until(d -> byId("winners-statement").isDisplayed());
        screenshot("organiser-results-03-ranking");
        switchLanguage("中文");
        continueAsVisitor();
        open("results");
        click("results-open-mobility-2025");
        waitForText("Safety award");
        screenshot("visitor-results-01-gallery");

        continueAs("participant@example.org", PASSWORD);
        open("contests/open-mobility-2025/feedback");
        waitForText("Well presented");
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Private:");
        screenshot("team-results-01-feedback");
    }
}
