package org.opencontest.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.opencontest.support.BrowserJourney;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

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

        // the card is a link to the contest page; contests made by the journeys before this one push it below the
        // fold of the scrolling main area, where a click at its centre was not reliable: follow its address instead
        assertThat(byId("contest-card-" + DEMO_CONTEST).getAttribute("href")).endsWith("contests/" + DEMO_CONTEST);
        open("contests/" + DEMO_CONTEST);
        assertThat(byId("contest-title").getText()).contains("City Safety");
        byId("timeline-table");
        byId("contest-countdown");
        screenshot("02-contest-page");

        signIn("organiser@example.org", "opencontest-demo");
        // the demo organiser's profile language is Chinese: the whole UI follows it after sign-in
        assertThat(byId("user-profile-link").getText()).isEqualTo("Shanghai Open Data Office");
        waitForText("组织大赛");

        open("organise");
        byId("my-contests");
        screenshot("03-my-contests");
        click("new-contest");
        byId("contest-editor");
        type("slug", "open-water-2027");
        type("theme-en", "Water quality");
        screenshot("04-editor-basics");
        click("tab-texts");
        type("title-en", "Open Water Data Challenge 2027");
        type("title-zh", "开放水务数据挑战赛 2027");
        type("summary-en", "Apps that turn river monitoring data into early warnings.");
        screenshot("05-editor-texts");
        click("tab-timeline");
        LocalDate start = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
        includePhase("registration", start + "T09:00", start.plusDays(30) + "T18:00");
        includePhase("submission", start.plusDays(7) + "T09:00", start.plusDays(45) + "T18:00");
        screenshot("06-editor-timeline");
        click("contest-save");
        wait.until(ExpectedConditions.urlMatches("/organise/contests/\\d+$"));

        click("contest-publish");
        driver.findElement(By.cssSelector("vaadin-button[slot='confirm-button']")).click();
        waitForVaadin();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("contest-publish")));
        screenshot("07-published");

        // the sign-out lands on the home page, as a visitor's
        signOut();
        assertThat(byId("contest-card-open-water-2027").getText()).contains("Open Water Data Challenge 2027");
        screenshot("08-home-with-new-contest");
    }

    private void includePhase(String kind, String opens, String closes) {
        click("phase-" + kind + "-include");
        setValue("phase-" + kind + "-opens", opens);
        setValue("phase-" + kind + "-closes", closes);
    }
}
