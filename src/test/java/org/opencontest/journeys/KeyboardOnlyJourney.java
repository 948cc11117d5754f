package org.opencontest.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.opencontest.account.TestAccounts;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.RoundDetail;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.support.BrowserJourney;
import org.opencontest.team.TeamFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Sign-in, team registration, upload and scoring with the keyboard alone: Tab to move, Enter and Space to act, and
 * typing into fields. Every control is reached by pressing Tab from where the previous step left the focus, so an
 * element that the keyboard cannot reach fails the journey. The skip link is the first stop on a page. The one
 * step that is not in the page is the operating system's file dialog: the journey hands the file to the upload's
 * input, as the dialog would, after Tab has reached the upload button.
 */
class KeyboardOnlyJourney extends BrowserJourney {

    private static final String LEADER = "keyboard.leader@example.org";
    private static final String PASSWORD = "tab-enter-space-2027";
    private static final String TEAM = "Keyboard Cartographers";
    /** Enough presses to cross the header and the navigation of any page. */
    private static final int MAX_TABS = 80;

    @Autowired
    TestAccounts accounts;
    @Autowired
    ContestService contests;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;
    @Autowired
    JudgingScene scene;

    @Test
    void signInRegisterUploadAndScoreWithTheKeyboardOnly() throws Exception {
        accounts.signUpAndConfirm(LEADER, "Gao Yan 高燕", "Fudan University", PASSWORD);
        AppPrincipal organiser = (AppPrincipal) users.loadUserByUsername("organiser@example.org");
        var contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        SubmissionFixtures.openSubmission(contests, organiser, contest.id(), clock.instant());

        open("");
        key(Keys.TAB);
        assertThat(focused()).as("the first Tab stop").isEqualTo("skip-link");
        screenshot("keyboard-01-skip-link");
        key(Keys.ENTER);
        assertThat(focused()).as("where the skip link leads").isEqualTo("main-content");

        signInWithKeys(LEADER);

        open("my-teams");
        tabTo("register-" + contest.input().slug());
        key(Keys.ENTER);
        tabTo("team-name");
        key(TEAM);
        tabTo("team-description");
        key("Maps of step-free routes, drawn by keyboard.");
        tabTo("team-track");
        key(Keys.SPACE);
        key(Keys.ENTER);
        tabTo("consent");
        key(Keys.SPACE);
        screenshot("keyboard-02-register");
        tabTo("team-register");
        key(Keys.ENTER);
        wait.until(d -> byId("team-name-heading").getText().equals(TEAM));

        open("submissions/" + contest.id());
        tabTo("submission-title-en");
        key("Step-free routes");
        tabTo("submission-title-zh");
        key("无障碍路线");
        tabTo("submission-abstract-en");
        key("Routes without steps for wheelchairs and prams, from the open kerb data.");
        tabTo("submission-repository-link");
        key("https://git.example.org/step-free");
        tabTo("submission-save");
        key(Keys.ENTER);
        waitForText("Draft saved.");
        tabTo("submission-upload");
        Path proposal = Files.createTempDirectory("keyboard-files").resolve("proposal.pdf");
        Files.write(proposal, SubmissionFixtures.PDF.getBytes(StandardCharsets.US_ASCII));
        byId("submission-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(proposal.toString());
        wait.withTimeout(Duration.ofMinutes(1))
                .until(d -> byId("submission-files").getText().contains("proposal.pdf"));
        tabTo("submission-submit");
        key(Keys.ENTER);
        tabTo("confirm-action");
        key(Keys.ENTER);
        assertThat(byId("receipt-text").getText()).contains("version=1", "=proposal.pdf");
        screenshot("keyboard-03-receipt");
        signOutWithKeys();

        RoundDetail round = scene.build().round();
        signInWithKeys(JudgingScene.JUDGE);
        open("judging");
        // Tab enters the queue's grid at its header, the next Tab at its first entry; Enter reaches the link in it
        tabTo("queue-" + round.id());
        key(Keys.TAB);
        key(Keys.ENTER);
        key(Keys.ENTER);
        byId("sheet-status");
        for (String criterion : new String[] {"innovation", "data", "impact", "feasibility"}) {
            // Tab lands on the chosen level, or the first one when none is chosen yet, which Space then chooses
            tabTo("score-" + criterion);
            key(Keys.SPACE);
        }
        tabTo("team-comment");
        key("Clear routes; add the kerb heights to the map.");
        key(Keys.TAB);
        wait.until(d -> byId("sheet-status").getText().startsWith("Draft saved at"));
        tabTo("sheet-submit");
        key(Keys.ENTER);
        tabTo("confirm-action");
        key(Keys.ENTER);
        wait.until(d -> byId("sheet-status").getText().startsWith("Submitted at"));
        screenshot("keyboard-04-submitted");
    }

    private void signInWithKeys(String email) {
        open("login");
        tabTo("vaadinLoginUsername");
        key(email);
        tabTo("vaadinLoginPassword");
        key(email.equals(LEADER) ? PASSWORD : "opencontest-demo");
        key(Keys.ENTER);
        byId("user-profile-link");
        waitForVaadin();
    }

    private void signOutWithKeys() {
        open("");
        tabTo("sign-out");
        key(Keys.ENTER);
        byId("sign-in-link");
    }

    /** Presses Tab until the focus is on the element or inside it; fails when Tab never gets there. */
    private void tabTo(String id) {
        for (int presses = 0; presses < MAX_TABS; presses++) {
            if (focusIsIn(id)) {
                return;
            }
            key(Keys.TAB);
        }
        fail("Tab never reached #%s; the focus ended on %s", id, focused());
    }

    private void key(CharSequence keys) {
        new Actions(driver).sendKeys(keys).perform();
        waitForVaadin();
    }

    private boolean focusIsIn(String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                const target = document.getElementById(arguments[0]);
                const focus = document.activeElement;
                return !!target && !!focus && (target === focus || target.contains(focus));""", id));
    }

    /** The focused element's id, or its tag when it has none. */
    private String focused() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const e = document.activeElement; return e ? (e.id || e.tagName.toLowerCase()) : 'nothing';");
    }
}
