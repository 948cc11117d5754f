package org.opencontest.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.opencontest.support.BrowserJourney;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The community loop on the demo City Safety contest: the organiser announces, a participant asks on the Q&A board,
 * the organiser answers officially, the participant reports a data issue on the road accidents, the publisher (the
 * organiser, in Chinese) schedules its fix for the next release and publishes that release, and the reporter finds
 * the notice in the bell.
 */
class CommunityJourney extends BrowserJourney {

    private static final String CONTEST = "soda-2026-city-safety";
    private static final String DATASET = "shanghai-road-traffic-accidents";
    private static final String ORGANISER = "organiser@example.org";
    private static final String PARTICIPANT = "participant@example.org";
    private static final String PASSWORD = "opencontest-demo";
    private static final String CSV = """
            date,district,road,vehicle,injured,speed_kmh
            2025-01-02,浦东,世纪大道,car,1,42
            2025-01-03,静安,南京西路,bus,0,18
            """;

    @Test
    void anAnnouncementAQuestionItsOfficialAnswerAndADataIssueFixedInTheNextRelease() throws Exception {
        signIn(ORGANISER, PASSWORD);
        open("organise");
        press("announcements-" + CONTEST);
        press("announcement-new");
        type("announcement-title-en", "Speed data explained");
        type("announcement-body-en", "The **speed** column is in km/h.");
        press("announcement-save");
        press("announcement-publish");
        click("confirm-action");
        waitForNoticesToClose();

        continueAs(PARTICIPANT, PASSWORD);
        open("contests/" + CONTEST + "/questions");
        type("qa-new-title", "Are injuries counted per vehicle?");
        type("qa-new-body", "Or per accident?");
        press("qa-ask-submit");
        byId("qa-thread-title");
        String thread = driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf("contests/"));

        continueAs(ORGANISER, PASSWORD);
        open(thread);
        type("qa-reply-body", "Per accident: one row is one accident.");
        press("qa-reply-submit");
        WebElement mark = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button[id^='qa-official-']")));
        scrollTo(mark);
        mark.click();
        waitForVaadin();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id^='qa-official-badge-']")));
        screenshot("community-01-official-answer");

        continueAs(PARTICIPANT, PASSWORD);
        open("data/" + DATASET);
        press("report-issue");
        choose("issue-kind", "Error in values");
        type("issue-title", "Injured count doubled on 2024-03-01");
        type("issue-description", "Two rows for the same accident.");
        click("issue-submit");
        click("issue-done");

        continueAs(ORGANISER, PASSWORD);
        open("data/" + DATASET);
        scrollTo("dataset-issues");
        wait.until(d -> d.findElement(By.id("issue-grid")).getText().contains("Injured count doubled"));
        driver.findElement(By.xpath("//vaadin-grid-cell-content[contains(., 'Injured count doubled')]")).click();
        waitForVaadin();
        WebElement triage = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button[id^='issue-triage-']")));
        scrollTo(triage);
        triage.click();
        waitForVaadin();
        choose("triage-status", "在某个版本中修复");
        choose("triage-release", "in preparation");
        click("triage-save");
        waitForNoticesToClose();

        open("organise/datasets");
        press("edit-" + DATASET);
        click("tab-releases");
        Path file = Files.createTempDirectory("upload").resolve("accidents-2025.csv");
        Files.writeString(file, CSV, StandardCharsets.UTF_8);
        WebElement upload = byId("release-upload");
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        wait.until(d -> !d.findElements(By.cssSelector("[id^='draft-file-']")).isEmpty());
        waitForVaadin();
        press("release-publish");
        click("confirm-action");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("release-publish")));

        continueAs(PARTICIPANT, PASSWORD);
        wait.until(d -> !byId("notification-bell-count").getText().isBlank());
        click("notification-bell");
        waitForText("Fixed in release 3");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Injured count doubled on 2024-03-01",
                "Official answer");
        screenshot("community-02-bell");
    }

    /** Picks the item of a Vaadin select whose text contains {@code text}, through its overlay. */
    private void choose(String selectId, String text) {
        click(selectId);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().contains(text)).findFirst().orElse(null))
                .click();
        waitForVaadin();
    }
}
