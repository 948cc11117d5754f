package org.opencontest.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.opencontest.support.BrowserJourney;

/**
 * The organiser pages with a contest picker load the chosen contest at once in the browser, where the client-side
 * router takes part in the navigation (Karibu, without it, never showed the bug).
 */
class ContestPickerJourney extends BrowserJourney {

    private static final String PASSWORD = "opencontest-demo";
    /** The demo organiser reads Chinese: "Choose one of your contests." on each page. */
    private static final String CHOOSE_SUBMISSIONS = "请选择你的一个比赛。";
    private static final String CHOOSE_INCUBATION = "请选择你组织的一项赛事。";

    @Test
    void pickingAContestLoadsItWithoutAReload() {
        signIn("organiser@example.org", PASSWORD);

        open("organise/submissions");
        waitForText(CHOOSE_SUBMISSIONS);
        choose("submissions-contest", "vaadin-select-list-box vaadin-select-item");
        wait.until(d -> d.getCurrentUrl().matches(".*/organise/submissions/\\d+"));
        byId("submissions-grid");
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain(CHOOSE_SUBMISSIONS);

        open("organise/incubation");
        waitForText(CHOOSE_INCUBATION);
        choose("incubation-contest", "vaadin-combo-box-item");
        wait.until(d -> d.getCurrentUrl().matches(".*/organise/incubation/\\d+"));
        byId("incubation-candidates");
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain(CHOOSE_INCUBATION);
    }

    /** Opens the picker's list and clicks its first contest, as the organiser does. */
    private void choose(String pickerId, String itemSelector) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].opened = true", byId(pickerId));
        WebElement first = wait.until(d -> d.findElements(By.cssSelector(itemSelector)).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        first.click();
        waitForVaadin();
    }
}
