package org.opencontest.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.opencontest.support.BrowserJourney;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A tour of every main view of every role that the other journeys do not visit, so that axe-core (which
 * {@link BrowserJourney#open} runs on every page) checks them all against WCAG 2.1 AA: the visitor's pages, three
 * of them at a phone's width (390 px), the admin's, the organiser's for a contest in judging (from
 * {@link JudgingScene}), the participant's in Chinese, the judge's and the incubator's.
 */
class AccessibilityTourJourney extends BrowserJourney {

    private static final String PASSWORD = "opencontest-demo";
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension DESKTOP = new Dimension(1366, 900);

    @Autowired
    JudgingScene scene;

    @Test
    void everyMainViewOfEveryRolePassesTheAccessibilityCheck() {
        JudgingScene.Scene judging = scene.build();
        long contestId = judging.contestId();

        // a visitor, first on a phone
        driver.manage().window().setSize(PHONE);
        visit("");
        visit("data");
        visit("showcase");
        driver.manage().window().setSize(DESKTOP);
        for (String path : new String[] {"verify", "signup", "login", "forgot-password", "results"}) {
            visit(path);
        }

        signIn("admin@example.org", PASSWORD);
        for (String path : new String[] {"admin/users", "admin/audit", "admin/mailbox", "admin/integrity"}) {
            visit(path);
        }

        // the demo organiser works in Chinese
        continueAs("organiser@example.org", PASSWORD);
        for (String path : new String[] {"organise", "organise/datasets", "organise/incubators",
                "organise/contests/" + contestId, "organise/contests/" + contestId + "/team-settings",
                "organise/contests/" + contestId + "/teams", "organise/submissions/" + contestId,
                "organise/contests/" + contestId + "/judging", "organise/contests/" + contestId + "/results",
                "organise/incubation/" + contestId}) {
            visit(path);
        }

        // the participant, who works in English, switches to Chinese for the tour and back
        continueAs("participant@example.org", PASSWORD);
        switchLanguage("中文");
        for (String path : new String[] {"profile", "my-teams", "submissions", "my-incubation"}) {
            visit(path);
        }
        switchLanguage("English");

        continueAs(JudgingScene.JUDGE, PASSWORD);
        visit("judging");
        byId("queue-" + judging.round().id());

        continueAs("incubator@example.org", PASSWORD);
        visit("incubation/board");
        visit("incubation/dashboard");
    }

    /** Opens a view (which checks it) and makes sure it is the view itself, not a redirect or the not-found page. */
    private void visit(String path) {
        open(path);
        assertThat(URI.create(driver.getCurrentUrl()).getPath()).as("where /%s leads", path).isEqualTo("/" + path);
        assertThat(driver.findElements(By.tagName("h1")).stream().map(WebElement::getText).toList())
                .as("the headings of /%s", path).doesNotContain("Page not found", "页面不存在");
    }
}
