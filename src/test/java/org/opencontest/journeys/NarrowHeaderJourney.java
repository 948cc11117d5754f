package org.opencontest.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.opencontest.support.BrowserJourney;

/**
 * On a 390 px phone the header keeps signing in on one line and signing out (and the notification bell) on screen,
 * and a contest page's timeline (a three-column table on wide screens) stays within the screen, in both languages.
 */
class NarrowHeaderJourney extends BrowserJourney {

    private static final int PHONE_WIDTH = 390;

    @Test
    void theHeaderFitsAPhoneInEnglishAndChinese() throws Exception {
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
        open("");
        assertOneLineOnScreen("sign-in-link");
        assertOnScreen("sign-up-link");
        screenshot("narrow-header-01-visitor-en");
        switchLanguage("中文");
        assertOneLineOnScreen("sign-in-link");
        screenshot("narrow-header-02-visitor-zh");
        switchLanguage("English");

        // the sign-in lands on the home page
        signIn("admin@example.org", "opencontest-demo");
        assertOneLineOnScreen("sign-out");
        assertOnScreen("notification-bell");
        screenshot("narrow-header-03-signed-in-en");
        switchLanguage("中文");
        assertOneLineOnScreen("sign-out");
        assertOnScreen("notification-bell");
        screenshot("narrow-header-04-signed-in-zh");
        switchLanguage("English");
    }

    @Test
    void aContestPageFitsAPhoneInEnglishAndChinese() throws Exception {
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
        open("contests/open-mobility-2025");
        assertOnScreen("timeline-table");
        screenshot("narrow-contest-01-en");
        switchLanguage("中文");
        assertOnScreen("timeline-table");
        screenshot("narrow-contest-02-zh");
        switchLanguage("English");
    }

    private void assertOneLineOnScreen(String id) {
        Rectangle box = assertOnScreen(id);
        double lineHeight = Double.parseDouble(String.valueOf(((JavascriptExecutor) driver).executeScript(
                "return parseFloat(getComputedStyle(arguments[0]).lineHeight) || 24", byId(id))));
        assertThat(box.getHeight()).as(id + " on one line").isLessThan((int) Math.ceil(lineHeight * 1.9));
    }

    private Rectangle assertOnScreen(String id) {
        Rectangle box = byId(id).getRect();
        int viewport = ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.clientWidth")).intValue();
        assertThat(box.getX()).as(id + " left edge").isGreaterThanOrEqualTo(0);
        assertThat(box.getX() + box.getWidth()).as(id + " right edge within " + viewport + " px").isLessThanOrEqualTo(viewport);
        return box;
    }
}
