package org.opencontest.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestService;
import org.opencontest.evaluation.EvaluationFixtures;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.submission.SubmissionDrafts;
import org.opencontest.submission.SubmissionFileTypes;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.support.BrowserJourney;
import org.opencontest.team.RegisteredTeam;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamService;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.opencontest.support.Actors.as;

/**
 * An evaluated track from set-up to reveal: the demo organiser (who reads Chinese) adds the track with its metric,
 * target column and split and uploads the answer key; a team member submits a predictions file with a duplicated id
 * and reads the line-level note on the leaderboard, then a valid file and finds the public score (on a phone, 390 px
 * wide); once the submission phase has closed the organiser reveals the private leaderboard. The contest, the team
 * and CSV in the submission rules are set up through the services. Screenshots for docs/evaluation.md.
 */
class EvaluatedTrackJourney extends BrowserJourney {

    private static final String ORGANISER = "organiser@example.org";
    private static final String MEMBER = "participant@example.org";
    private static final String PASSWORD = "opencontest-demo";
    private static final String TEAM = "Crash Forecasters 事故预报";
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension DESKTOP = new Dimension(1366, 900);

    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    SubmissionDrafts drafts;
    @Autowired
    SubmissionFileTypes fileTypes;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    @Test
    void theOrganiserSetsUpATeamFixesItsFileAndTheOrganiserReveals() throws Exception {
        AppPrincipal organiser = (AppPrincipal) users.loadUserByUsername(ORGANISER);
        AppPrincipal member = (AppPrincipal) users.loadUserByUsername(MEMBER);
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        long contestId = contest.id();
        SubmissionFixtures.openSubmission(contests, organiser, contestId, clock.instant());
        as(organiser, () -> {
            fileTypes.allow(contestId, Set.of("text/csv", "text/plain"));
            return null;
        });
        RegisteredTeam team = TeamFixtures.register(teams, contests, member, contestId, TEAM);
        SubmissionFixtures.describe(drafts, member, contestId, "Accident forecast", "事故预测");
        Path folder = Files.createTempDirectory("journey-predictions");
        Path answerKey = write(folder, "answer-key.csv", EvaluationFixtures.csv(i -> "d-" + i + "," + (i % 7)));
        Path duplicated = write(folder, "predictions-v1.csv",
                EvaluationFixtures.csv(i -> "d-" + (i == 3 ? 2 : i) + "," + (i % 5)));
        Path valid = write(folder, "predictions-v2.csv", EvaluationFixtures.csv(i -> "d-" + i + "," + (i % 6)));

        // the organiser adds the evaluated track in Chinese: MAE on the "target" column, half of the rows public
        signIn(ORGANISER, PASSWORD);
        open("organise/evaluation/" + contestId);
        choose("evaluation-new-metric", "平均绝对误差（MAE）");
        type("evaluation-new-fraction", "0.5");
        press("evaluation-new-save");
        String section = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id^='evaluated-track-']"))).getAttribute("id");
        String trackId = section.substring("evaluated-track-".length());
        attach("evaluation-key-upload-" + trackId, answerKey);
        wait.until(d -> byId(section).findElement(By.className("evaluation-key")).getText().contains("answer-key.csv"));
        waitForNoticesToClose();
        scrollTo(byId(section).findElement(By.className("evaluation-key")));
        screenshot("evaluation-01-organiser-track");

        // the team's first file names an id twice: no score, and the note says which line
        continueAs(MEMBER, PASSWORD);
        submit(contestId, duplicated);
        open("contests/" + contest.input().slug() + "/leaderboard");
        wait.until(d -> byId("my-entries-" + trackId).getText().contains("Line 4: id d-2 appears twice"));
        scrollTo("my-entries-" + trackId);
        screenshot("evaluation-02-invalid-file");

        // the corrected file is scored; its public score is on the leaderboard, here on a phone
        open("submissions/" + contestId);
        press(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id^='remove-file-']")))
                .getAttribute("id"));
        submit(contestId, valid);
        driver.manage().window().setSize(PHONE);
        try {
            open("contests/" + contest.input().slug() + "/leaderboard");
            wait.withTimeout(Duration.ofSeconds(90))
                    .until(d -> byId("public-board-" + trackId).getText().contains(TEAM));
            assertThat(byId("my-entries-" + trackId).getText()).contains("Scored");
            scrollTo("public-board-" + trackId);
            screenshot("evaluation-03-public-score-phone");
        } finally {
            driver.manage().window().setSize(DESKTOP);
        }

        // after the deadline the organiser reveals the private leaderboard
        SubmissionFixtures.closeSubmissionAt(contests, new SubmissionFixtures.Scenario(contestId,
                contest.input().slug(), organiser, member, member, team.teamId()), clock.instant());
        continueAs(ORGANISER, PASSWORD);
        open("organise/evaluation/" + contestId);
        press("evaluation-reveal-" + trackId);
        press("confirm-action");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("evaluation-reveal-" + trackId)));
        waitForText("私有排行榜已于");
        open("contests/" + contest.input().slug() + "/leaderboard");
        assertThat(byId("private-board-" + trackId).getText()).contains(TEAM);
        screenshot("evaluation-04-private-board");
    }

    /** Uploads the file on the team's submission page and submits the draft as a new version. */
    private void submit(long contestId, Path file) {
        open("submissions/" + contestId);
        attach("submission-upload", file);
        wait.until(d -> byId("submission-files").getText().contains(file.getFileName().toString()));
        press("submission-submit");
        press("confirm-action");
        byId("receipt-text");
    }

    private void attach(String uploadId, Path file) {
        WebElement input = byId(uploadId).getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** Picks an option of a Vaadin select by its label. */
    private void choose(String selectId, String label) {
        click(selectId);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-select-list-box vaadin-select-item")).stream()
                .filter(item -> item.getText().strip().equals(label)).findFirst().orElse(null)).click();
        waitForVaadin();
    }

    private static Path write(Path folder, String name, byte[] content) throws Exception {
        return Files.write(folder.resolve(name), content);
    }
}
