package org.opencontest.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.JudgingSetup;
import org.opencontest.judging.RoundDetail;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.support.BrowserJourney;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * On the demo data: the organiser (whose account reads Chinese) looks at the assignment of Open Mobility 2025; the demo judge finds their queue
 * on /judging, continues the draft, scores the rest and submits. Screenshots for docs/guide-judge.md.
 */
class JudgeScoringJourney extends BrowserJourney {

    private static final String PASSWORD = "opencontest-demo";

    @Autowired
    ContestService contests;
    @Autowired
    JudgingSetup setup;
    @Autowired
    UserDetailsService users;

    @Test
    void theDemoJudgeScoresAndSubmitsASheet() throws Exception {
        AppPrincipal organiser = (AppPrincipal) users.loadUserByUsername("organiser@example.org");
        long contestId = SystemIdentity.callAs(organiser, () -> contests.page("open-mobility-2025")).id();
        RoundDetail round = SystemIdentity.callAs(organiser, () -> setup.rounds(contestId)).get(0);

        signIn("organiser@example.org", PASSWORD);
        // the demo organiser reads Chinese; the guide is in English (and the browser here has no CJK fonts)
        click("language-switch");
        wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.getText().equals("English")).findFirst().orElse(null)).click();
        waitForVaadin();
        open("organise/judging/rounds/" + round.id() + "/assignment");
        wait.until(d -> byId("entry-coverage").getText().contains("BetaNYC Mappers"));
        screenshot("organiser-judging-01-assignment");
        click("sign-out");

        signIn("judge@example.org", PASSWORD);
        open("judging");
        wait.until(d -> byId("queue-" + round.id()).getText().contains("draft"));
        screenshot("judge-01-queue");

        WebElement draft = byId("queue-" + round.id()).findElements(By.cssSelector("a")).get(0);
        driver.get(draft.getAttribute("href"));
        waitForVaadin();
        assertThat(byId("sheet-status").getText()).startsWith("Draft saved at");
        screenshot("judge-02-scoring-draft");

        for (String criterion : new String[] {"innovation", "data", "impact", "feasibility"}) {
            WebElement level = byId("score-" + criterion).findElements(By.tagName("vaadin-radio-button")).get(3);
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", level);
            level.click();
            waitForVaadin();
        }
        type("team-comment", "A clear idea with a field test; publish the dispatcher dashboard.");
        wait.until(d -> byId("sheet-status").getText().startsWith("Draft saved at"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                byId("sheet-submit"));
        click("sheet-submit");
        click("sheet-submit-confirm");
        wait.until(d -> byId("sheet-status").getText().startsWith("Submitted at"));
        screenshot("judge-03-submitted");

        open("judging");
        wait.until(d -> byId("queue-" + round.id()).getText().contains("submitted"));
        screenshot("judge-04-queue-progress");
    }
}
