package org.opencontest.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.opencontest.judging.RoundDetail;
import org.opencontest.support.BrowserJourney;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo organiser (whose account reads Chinese) looks at the assignment of a contest in judging; the demo judge
 * finds their queue on /judging, continues the draft, scores the rest and submits. Screenshots for docs/guide-judge.md.
 */
class JudgeScoringJourney extends BrowserJourney {

    private static final String PASSWORD = "opencontest-demo";

    @Autowired
    JudgingScene scene;

    @Test
    void theDemoJudgeScoresAndSubmitsASheet() throws Exception {
        // the demo's Open Mobility 2025 is judged and published already: a contest of its own, mid-judging
        RoundDetail round = scene.build().round();

        signIn("organiser@example.org", PASSWORD);
        switchLanguage("English");
        open("organise/judging/rounds/" + round.id() + "/assignment");
        wait.until(d -> byId("entry-coverage").getText().contains(JudgingScene.TEAMS.get(1)));
        screenshot("organiser-judging-01-assignment");
        switchLanguage("中文");

        continueAs("judge@example.org", PASSWORD);
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
            scrollTo(level);
            level.click();
            waitForVaadin();
        }
        type("team-comment", "A clear idea with a field test; publish the dispatcher dashboard.");
        wait.until(d -> byId("sheet-status").getText().startsWith("Draft saved at"));
        scrollTo(byId("sheet-submit"));
        click("sheet-submit");
        click("confirm-action");
        wait.until(d -> byId("sheet-status").getText().startsWith("Submitted at"));
        screenshot("judge-03-submitted");

        open("judging");
        wait.until(d -> byId("queue-" + round.id()).getText().contains("submitted"));
        screenshot("judge-04-queue-progress");
    }
}
