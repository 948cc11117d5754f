package org.opencontest.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.Aggregation;
import org.opencontest.judging.CriterionInput;
import org.opencontest.judging.JudgeAssignments;
import org.opencontest.judging.JudgeInput;
import org.opencontest.judging.JudgePanel;
import org.opencontest.judging.JudgingSetup;
import org.opencontest.judging.RoundDetail;
import org.opencontest.judging.RoundInput;
import org.opencontest.judging.RubricDetail;
import org.opencontest.judging.RubricInput;
import org.opencontest.judging.internal.PitchFinalInput;
import org.opencontest.judging.internal.PitchFinals;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.submission.ContestStages;
import org.opencontest.submission.ContestStages.StageOutline;
import org.opencontest.submission.SubmissionDrafts;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.support.BrowserJourney;
import org.opencontest.team.RegisteredTeam;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamService;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A staged contest (idea → prototype → final) in the browser: two teams submit their idea as a PDF, the organiser
 * shortlists one on the stages page, the prototype stage opens, the shortlisted team submits its prototype and the
 * other team's page refuses it with a clear message; the organiser draws the final's running order and a judge scores
 * the pitch from it. The contest, its two stages, the teams and the final's jury, round and schedule are set up
 * through the services; the prototype stage is opened by moving the stage windows (the journey runs on the real
 * clock).
 */
class StagedContestJourney extends BrowserJourney {

    private static final String ORGANISER = "organiser@example.org";
    private static final String SHORTLISTED = "participant@example.org";
    private static final String REFUSED = "participant2@example.org";
    private static final String JUDGE = "judge@example.org";
    private static final String PASSWORD = "opencontest-demo";

    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    SubmissionDrafts drafts;
    @Autowired
    ContestStages stages;
    @Autowired
    UserDetailsService users;
    @Autowired
    JudgingSetup setup;
    @Autowired
    JudgePanel panel;
    @Autowired
    JudgeAssignments assignments;
    @Autowired
    PitchFinals finals;
    @Autowired
    Clock clock;

    @Test
    void twoTeamsSubmitIdeasOneIsShortlistedSubmitsItsPrototypeAndPitchesTheOtherIsRefused() throws Exception {
        AppPrincipal organiser = (AppPrincipal) users.loadUserByUsername(ORGANISER);
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        long contestId = contest.id();
        Instant day = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        SubmissionFixtures.openSubmission(contests, organiser, contestId, clock.instant());
        outline(organiser, contestId, day.plus(Duration.ofDays(2)), day.plus(Duration.ofDays(4)));
        RegisteredTeam first = TeamFixtures.register(teams, contests,
                (AppPrincipal) users.loadUserByUsername(SHORTLISTED), contestId, "Safe Crossings 安全过街");
        TeamFixtures.register(teams, contests, (AppPrincipal) users.loadUserByUsername(REFUSED), contestId,
                "Late Night Buses 夜班公交");
        Path folder = Files.createTempDirectory("journey-stages");
        Path idea = folder.resolve("idea-proposal.pdf");
        Path prototype = folder.resolve("prototype-report.pdf");
        Files.copy(SubmissionFixtures.pdf(), idea);
        Files.copy(SubmissionFixtures.pdf(), prototype);

        // Li Na reads English, Wang Fang Chinese: each sees the stage in their language
        for (String member : List.of(SHORTLISTED, REFUSED)) {
            continueAs(member, PASSWORD);
            open("submissions/" + contestId);
            byId("stage-standings");
            submit(idea, SHORTLISTED.equals(member) ? "Idea" : "创意");
        }

        // the organiser shortlists one of the two ideas
        continueAs(ORGANISER, PASSWORD);
        open("organise/submissions/" + contestId + "/stages");
        press("shortlist-1-" + first.teamId());
        wait.until(d -> byId("shortlist-count-1").getText().contains("1"));
        screenshot("stages-01-shortlist");

        // the idea stage closes and the prototype stage opens now
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        outline(organiser, contestId, now, now);

        continueAs(SHORTLISTED, PASSWORD);
        open("submissions/" + contestId);
        wait.until(d -> byId("stage-standings").getText().contains("shortlisted"));
        press(wait.until(d -> d.findElements(By.cssSelector("[id^='remove-file-']")).stream().findFirst()
                .orElse(null)).getAttribute("id"));
        submit(prototype, "Prototype");

        continueAs(REFUSED, PASSWORD);
        open("submissions/" + contestId);
        WebElement refusal = byId("submission-not-shortlisted");
        assertThat(refusal.getText()).contains("“原型”仅向从上一阶段入围的队伍开放，你的队伍未入围。")
                .contains("反馈页面");
        // a vaadin-button is no form control: Selenium's isEnabled() would say true; the attribute tells
        assertThat(byId("submission-submit").getDomAttribute("disabled")).isNotNull();
        screenshot("stages-02-not-shortlisted");

        // the final: the organiser draws the running order of the prototype round's pitches
        long roundId = scheduleFinal(organiser, contestId);
        continueAs(ORGANISER, PASSWORD);
        open("organise/judging/rounds/" + roundId + "/final");
        press("pitch-draw");
        press("confirm-action");
        wait.until(d -> byId("pitch-order").getText().contains("Safe Crossings"));
        assertThat(byId("pitch-seed").getText()).isNotBlank();
        screenshot("stages-03-final-drawn");

        // the judge finds the pitch in the running order and scores it live
        continueAs(JUDGE, PASSWORD);
        open("judging");
        String sheet = "pitch-running-" + roundId + "-sheet-1";
        assertThat(byId("pitch-running-" + roundId).getText()).contains("Prototype: prototype-report.pdf");
        driver.get(byId(sheet).getAttribute("href"));
        waitForVaadin();
        for (String criterion : List.of("pitch", "answers")) {
            WebElement level = byId("score-" + criterion).findElements(By.tagName("vaadin-radio-button")).get(3);
            scrollTo(level);
            level.click();
            waitForVaadin();
        }
        scrollTo(byId("sheet-submit"));
        press("sheet-submit");
        press("confirm-action");
        wait.until(d -> byId("sheet-status").getText().startsWith("Submitted at"));
        screenshot("stages-04-pitch-scored");
    }

    /**
     * The jury of the final (the demo judge, on a two-criterion pitch rubric), a round judging the prototype stage
     * with the prototype assigned, and the final's schedule tomorrow: what the organiser's draw and the judge's sheet
     * need, set up through the services. Returns the round's id.
     */
    private long scheduleFinal(AppPrincipal organiser, long contestId) {
        AppPrincipal judge = (AppPrincipal) users.loadUserByUsername(JUDGE);
        RoundDetail round = as(organiser, () -> {
            RubricDetail rubric = setup.createRubric(contestId, new RubricInput("Pitch rubric", List.of(
                    criterion("pitch", "Pitch", "路演"), criterion("answers", "Answers to the jury", "答辩"))));
            panel.invite(contestId, new JudgeInput(JUDGE, "Zhang Wei 张伟", "Tongji University", Set.of(), 6));
            return setup.createRound(contestId, new RoundInput(new LocalizedText("Final", "决赛"), rubric.id(),
                    false, 1, null, null, Aggregation.recommended(), null, 2));
        });
        as(judge, panel::myJudgeships);
        as(organiser, () -> {
            assignments.assign(round.id());
            return finals.schedule(round.id(), null, new PitchFinalInput("Expo Hall B", null,
                    clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES), 7, 5, 3, 0, 0));
        });
        return round.id();
    }

    private static CriterionInput criterion(String key, String en, String zh) {
        return new CriterionInput(key, new LocalizedText(en, zh), LocalizedText.EMPTY, BigDecimal.ONE, 1, 5,
                List.of());
    }

    /** Idea (PDF only, two shortlisted) until {@code ideaCloses}, prototype from {@code prototypeOpens}. */
    private void outline(AppPrincipal organiser, long contestId, Instant ideaCloses, Instant prototypeOpens) {
        Instant day = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        as(organiser, () -> {
            stages.outline(contestId, List.of(
                    new StageOutline(new LocalizedText("Idea", "创意"), day.minus(Duration.ofHours(20)), ideaCloses, 2,
                            Set.of("application/pdf")),
                    new StageOutline(new LocalizedText("Prototype", "原型"), prototypeOpens,
                            day.plus(Duration.ofDays(9)), null, null)));
            return null;
        });
    }

    /** Uploads the file, describes the version and submits it; the receipt page names the stage. */
    private void submit(Path file, String stage) {
        WebElement input = byId("submission-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
        wait.until(d -> byId("submission-files").getText().contains(file.getFileName().toString()));
        // removing a file scrolled the main area down to the files: the title fields are above the fold
        scrollTo(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submission-title-en"))));
        type("submission-title-en", stage + ": " + file.getFileName());
        type("submission-title-zh", stage + "：" + file.getFileName());
        press("submission-submit");
        press("confirm-action");
        wait.until(d -> byId("version-stage").getText().contains(stage));
    }
}
