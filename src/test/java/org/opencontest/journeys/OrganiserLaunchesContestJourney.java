package org.opencontest.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.opencontest.support.BrowserJourney;
import org.openqa.selenium.By;

/**
 * A visitor looks at the home and contest pages; the demo organiser signs in, creates and publishes a contest;
 * the contest then appears on the public home page.
 */
class OrganiserLaunchesContestJourney extends BrowserJourney {

    private static final String DEMO_CONTEST = "soda-2026-city-safety";

    @Test
    void visitorBrowsesThenOrganiserPublishesAContest() throws Exception {
        open("");
        byId("contest-card-" + DEMO_CONTEST);
        screenshot("01-home");

        click("contest-card-" + DEMO_CONTEST);
        assertThat(byId("contest-title").getText()).contains("City Safety");
        byId("timeline-table");
        byId("contest-countdown");
        screenshot("02-contest-page");

        open("login");
        type("vaadinLoginUsername", "organiser@example.org");
        type("vaadinLoginPassword", "opencontest-demo");
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        byId("user-profile-link");

        open("organise");
        click("new-contest");
        byId("contest-editor");
        type("slug", "open-water-2027");
        type("theme-en", "Water quality");
        click("tab-texts");
        type("title-en", "Open Water Data Challenge 2027");
        type("title-zh", "开放水务数据挑战赛 2027");
        type("summary-en", "Apps that turn river monitoring data into early warnings.");
        click("tab-timeline");
        LocalDate start = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
        includePhase("registration", start + "T09:00", start.plusDays(30) + "T18:00");
        includePhase("submission", start.plusDays(7) + "T09:00", start.plusDays(45) + "T18:00");
        screenshot("03-editor-timeline");
        click("contest-save");
        waitForText("Contest created as a draft.");

        click("contest-publish");
        driver.findElement(By.cssSelector("vaadin-button[slot='confirm-button']")).click();
        waitForVaadin();
        waitForText("Contest published.");
        screenshot("04-published");

        click("sign-out");
        open("");
        assertThat(byId("contest-card-open-water-2027").getText()).contains("Open Water Data Challenge 2027");
        screenshot("05-home-with-new-contest");
    }

    private void includePhase(String kind, String opens, String closes) {
        click("phase-" + kind + "-include");
        setValue("phase-" + kind + "-opens", opens);
        setValue("phase-" + kind + "-closes", closes);
    }
}
