package org.opencontest.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opencontest.account.RecordedMails;
import org.opencontest.account.TestAccounts;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.support.BrowserJourney;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole lifecycle with new accounts: an organiser gets the role (the demo admin approves it), launches a contest
 * with a dataset under terms; a leader downloads the file and compares its checksum, forms a team by e-mail
 * invitation and submits a package whose receipt a visitor verifies; a judge invited by e-mail scores it in a blind
 * round; the results are published and a visitor sees them; the winner goes into incubation and files a check-in.
 * Chinese is switched on and checked along the way. The four accounts are signed up and confirmed through the
 * services and the invitation's link taken from its mail: {@code ParticipantSignsUpJourney} and
 * {@code TeamRegistrationJourney} walk through those steps (the form, the Mailbox) in the browser.
 * Its screenshots (newcomer-*) are the guides' images of the role request and the package form.
 */
class NewcomerLifecycleJourney extends BrowserJourney {

    private static final String PASSWORD = "harbour-lights-2027";
    private static final String ORGANISER = "he.jing@example.org";
    private static final String LEADER = "song.yu@example.org";
    private static final String MEMBER = "qian.mo@example.org";
    private static final String JUDGE = "luo.bin@example.org";
    private static final Map<String, String> NAMES = Map.of(ORGANISER, "He Jing 何静", LEADER, "Song Yu 宋雨",
            MEMBER, "Qian Mo 钱默", JUDGE, "Luo Bin 罗斌");
    private static final ZoneId CONTEST_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String CONTEST = "harbour-air-2027";
    private static final String DATASET = "harbour-air-quality-2026";
    private static final String TEAM = "Clear Harbour";
    private static final String ENTRY_ZH = "港口空气预警";
    private static final String AWARD_ZH = "评委会大奖";
    private static final String CSV = """
            date,berth,pm25,no2
            2026-05-01,外高桥一号,38,41
            2026-05-02,洋山四期,52,47
            """;

    @Autowired
    Clock clock;
    @Autowired
    TestAccounts accounts;
    @Autowired
    RecordedMails mails;

    private long contestId;
    private long roundId;

    @Test
    void newcomersRunAContestFromSignUpToIncubation() throws Exception {
        for (String email : List.of(ORGANISER, LEADER, MEMBER, JUDGE)) {
            // the judge comes from elsewhere, so that no conflict of interest keeps them from the entry
            accounts.signUpAndConfirm(email, NAMES.get(email),
                    email.equals(JUDGE) ? "Fudan University" : "Shanghai Maritime University", PASSWORD);
        }

        signIn(ORGANISER, PASSWORD);
        requestOrganiserRole();
        createContest();
        publishDataset();
        inviteJudgeAndCreateBlindRound();

        continueAs(LEADER, PASSWORD);
        acceptTermsAndCompareChecksum();
        registerTeamAndInviteMember();
        String invitation = "teams/invitation?token=" + mails.lastToken(MEMBER, "team.invitation");

        continueAs(MEMBER, PASSWORD);
        switchLanguage("中文");
        open(invitation);
        assertThat(byId("invitation-accept").getText()).isEqualTo("接受并加入");
        check("consent");
        screenshot("newcomer-20-member-joins-zh");
        click("invitation-accept");
        waitForText(NAMES.get(LEADER));
        assertThat(byId("team-name-heading").getText()).isEqualTo(TEAM);

        continueAs(LEADER, PASSWORD);
        String receipt = submitPackage();
        continueAsVisitor();
        verifyReceiptInChinese(receipt);

        // the judge's first visit links the e-mailed invitation to the confirmed account
        continueAs(JUDGE, PASSWORD);
        open("judging");
        byId("judgeship-" + contestId);
        continueAs(ORGANISER, PASSWORD);
        runAssignment();
        continueAs(JUDGE, PASSWORD);
        scoreBlindInChinese();

        continueAs(ORGANISER, PASSWORD);
        moveIntoResultsPhase();
        awardAndPublishResults();
        LocalDate start = takeIntoIncubation();
        continueAsVisitor();
        visitorSeesResultsInChinese();

        continueAs(LEADER, PASSWORD);
        switchLanguage("中文");
        fileCheckIn(start);
    }

    /**
     * The newcomer asks for the organiser role on the page that needs it; an administrator approves it in the queue
     * (in a session of their own), and the newcomer's open session shows the organiser's menu without signing out.
     */
    private void requestOrganiserRole() throws Exception {
        open("organise/contests/new");
        byId("role-needed");
        type("role-request-reason", "I organise the harbour air-quality challenge for the port authority.");
        screenshot("newcomer-02-requests-role");
        click("role-request-send");
        byId("role-needed-pending");

        continueAs("admin@example.org", "opencontest-demo");
        open("admin/role-requests");
        By row = By.xpath("//vaadin-grid-cell-content[contains(., '" + ORGANISER + "')]");
        By approve = By.id("role-queue-approve");
        // the grid may still be rendering; click the request until the decision buttons are shown
        wait.until(d -> {
            boolean shown = d.findElements(approve).stream().anyMatch(WebElement::isDisplayed);
            if (!shown && !d.findElements(row).isEmpty()) {
                new Actions(d).moveToElement(d.findElement(row)).click().perform();
                waitForVaadin();
            }
            return shown;
        });
        screenshot("newcomer-02b-admin-approves-role");
        click("role-queue-approve");
        waitForText(ORGANISER + " now has the Organiser role.");

        continueAs(ORGANISER, PASSWORD);
        wait.until(d -> d.findElements(By.cssSelector("#main-navigation vaadin-side-nav-item[path='organise']"))
                .stream().anyMatch(WebElement::isDisplayed));
        assertThat(byId("user-profile-link").getText()).isEqualTo(NAMES.get(ORGANISER));
    }

    private void createContest() throws Exception {
        open("organise/contests/new");
        type("slug", CONTEST);
        type("theme-en", "Air quality");
        click("tab-texts");
        type("title-en", "Harbour Air Challenge 2027");
        type("title-zh", "港口空气挑战赛 2027");
        type("summary-en", "Apps that warn harbour neighbourhoods of bad air from ship emissions.");
        click("tab-timeline");
        LocalDateTime now = contestNow();
        includePhase("registration", now.minusDays(1), now.plusDays(10), true);
        includePhase("submission", now.minusDays(1), now.plusDays(20), true);
        screenshot("newcomer-03-contest-timeline");
        click("contest-save");
        wait.until(ExpectedConditions.urlMatches("/organise/contests/\\d+$"));
        contestId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/", ""));
        publishContest();
    }

    /** Publishing asks for confirmation first. */
    private void publishContest() {
        click("contest-publish");
        driver.findElement(By.cssSelector("vaadin-button[slot='confirm-button']")).click();
        waitForVaadin();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("contest-publish")));
    }

    /** Phases are edited in the contest's zone; a phase already included is only given new times. */
    private void includePhase(String kind, LocalDateTime opens, LocalDateTime closes, boolean tick) {
        if (tick) {
            click("phase-" + kind + "-include");
        }
        setValue("phase-" + kind + "-opens", opens.toString());
        setValue("phase-" + kind + "-closes", closes.toString());
    }

    private LocalDateTime contestNow() {
        return LocalDateTime.now(clock.withZone(CONTEST_ZONE)).truncatedTo(ChronoUnit.MINUTES);
    }

    /** A dataset under terms agreement, released to the contest, with one CSV file. */
    private void publishDataset() throws Exception {
        open("organise/datasets/new");
        type("slug", DATASET);
        type("title-en", "Harbour air quality 2026");
        type("title-zh", "2026 年港口空气质量");
        type("description-en", "Daily PM2.5 and NO2 at the container berths.");
        type("publisher-name", "Shanghai Port Environment Office");
        click("tab-access");
        driver.findElement(By.xpath("//*[@id='access-tier']//vaadin-radio-button[contains(., 'Terms agreement')]"))
                .click();
        waitForVaadin();
        pick("contests", "Harbour Air Challenge 2027");
        type("terms-en", "Use the data only for your contest entry.");
        type("terms-zh", "数据仅限用于参赛作品。");
        screenshot("newcomer-04-dataset-access");
        click("dataset-save-access");
        wait.until(ExpectedConditions.urlMatches("/organise/datasets/\\d+$"));

        click("tab-releases");
        type("new-release-label", "2026");
        click("new-release");
        Path file = Files.createTempDirectory("newcomer").resolve("harbour-air-2026.csv");
        Files.writeString(file, CSV, StandardCharsets.UTF_8);
        byId("release-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
        wait.until(d -> !d.findElements(By.cssSelector("[id^='draft-file-']")).isEmpty());
        waitForVaadin();
        publishRelease();
    }

    /** Publishing a release cannot be undone, so the editor asks first. */
    private void publishRelease() {
        press("release-publish");
        click("confirm-action");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("release-publish")));
    }

    /** Picks an item of a (multi-select) combo box by its label, as a user filters and clicks it. */
    private void pick(String comboId, String label) {
        WebElement input = byId(comboId).findElement(By.cssSelector("input"));
        input.sendKeys(label);
        By item = By.xpath("//*[self::vaadin-combo-box-item or self::vaadin-multi-select-combo-box-item]"
                + "[contains(., '" + label + "')]");
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        if (byId(comboId).getTagName().equals("vaadin-multi-select-combo-box")) {
            // a multi-select keeps its list open for more choices
            input.sendKeys(Keys.ESCAPE);
        }
        waitForVaadin();
    }

    private void inviteJudgeAndCreateBlindRound() throws Exception {
        open("organise/contests/" + contestId + "/judging");
        type("judge-email", JUDGE);
        type("judge-name", NAMES.get(JUDGE));
        type("judge-organisation", "Fudan University");
        click("judge-invite");
        wait.until(d -> byId("judges").getText().contains(JUDGE));
        type("rubric-name", "Harbour rubric");
        type("criterion-0-key", "impact");
        type("criterion-0-name-en", "Impact on health");
        type("criterion-0-name-zh", "健康影响");
        type("criterion-0-max", "5");
        press("rubric-create");
        waitForVaadin();
        type("round-name-en", "Final round");
        type("round-name-zh", "决赛");
        pick("round-rubric", "Harbour rubric");
        type("round-judges-per-entry", "1");
        press("round-create");
        WebElement assignment = wait.until(d -> d.findElements(By.cssSelector("[id^='round-assignment-']")).stream()
                .findFirst().orElse(null));
        roundId = Long.parseLong(assignment.getAttribute("id").substring("round-assignment-".length()));
        assertThat(byId("rounds").getText()).contains("Final round", "blind");
        screenshot("newcomer-05-judging-setup");
    }

    /** The leader accepts the dataset's terms, downloads the file and compares its SHA-256 with the page's. */
    private void acceptTermsAndCompareChecksum() throws Exception {
        open("data/" + DATASET);
        byId("terms-text");
        click("accept-terms");
        byId("terms-accepted");
        String fileId = requestFirstDownload();
        String href = byId("download-link-" + fileId).getAttribute("href");
        screenshot("newcomer-10-dataset-downloaded");
        assertThat(sha256Of(href)).isEqualTo(byId("sha256-" + fileId).getText());
    }

    private void registerTeamAndInviteMember() throws Exception {
        open("my-teams");
        press("register-" + CONTEST);
        type("team-name", TEAM);
        type("team-description", "Warnings for harbour neighbourhoods when ships foul the air.");
        check("consent");
        click("team-register");
        assertThat(byId("team-name-heading").getText()).isEqualTo(TEAM);
        type("invite-email", MEMBER);
        click("invite-send");
        waitForText(MEMBER + " · open until");
        screenshot("newcomer-11-team-invites");
    }

    /** The leader fills in the package, uploads a file and submits; returns the receipt the page shows. */
    private String submitPackage() throws Exception {
        open("submissions/" + contestId);
        type("submission-title-en", "Harbour air alerts");
        type("submission-title-zh", ENTRY_ZH);
        type("submission-abstract-en", "Alerts residents when berth sensors show bad air.");
        chooseDatasetsUsed();
        press("submission-save");
        waitForText("Draft saved.");
        Path proposal = Files.createTempDirectory("newcomer").resolve("proposal.pdf");
        Files.writeString(proposal, SubmissionFixtures.PDF, StandardCharsets.US_ASCII);
        byId("submission-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(proposal.toString());
        wait.until(d -> byId("submission-files").getText().contains("proposal.pdf"));
        screenshot("newcomer-12-package");
        submitVersion();
        String receipt = byId("receipt-text").getText();
        assertThat(receipt).contains("version=1", "=proposal.pdf", "signature=");
        return receipt;
    }

    /** The datasets used are chosen from the contest's datasets (issue 13); other data is named as text. */
    private void chooseDatasetsUsed() {
        pick("submission-datasets", "Harbour air quality 2026");
        type("submission-other-data", "Berth sensor readings from the port authority");
    }

    /** Submitting a version cannot be undone, so the page asks first. */
    private void submitVersion() {
        press("submission-submit");
        press("confirm-action");
    }

    /** A visitor without an account, reading Chinese, has /verify check the receipt. */
    private void verifyReceiptInChinese(String receipt) throws Exception {
        open("verify");
        switchLanguage("中文");
        setValue("verify-receipt", receipt);
        press("verify-check");
        assertThat(byId("verify-outcome").getText()).startsWith("真实：由本服务器签名");
        screenshot("newcomer-13-receipt-verified-zh");
    }

    /** Running the assignment cannot be undone, so the page asks first. */
    private void runAssignment() {
        open("organise/judging/rounds/" + roundId + "/assignment");
        click("assignment-run");
        click("confirm-action");
        waitForText("Every entry has its judges.");
    }

    /** In a blind round the judge sees the entry without its team; they switch to Chinese and submit the sheet. */
    private void scoreBlindInChinese() throws Exception {
        open("judging");
        switchLanguage("中文");
        WebElement sheet = byId("queue-" + roundId).findElement(By.cssSelector("a"));
        driver.get(sheet.getAttribute("href"));
        waitForVaadin();
        byId("entry");
        assertThat(driver.findElements(By.id("entry-team"))).isEmpty();
        assertThat(driver.findElement(By.tagName("body")).getText()).contains(ENTRY_ZH).doesNotContain(TEAM);
        assertThat(byId("entry-datasets").findElement(By.tagName("a")).getText())
                .as("the declared dataset, linked, in the judge's language").isEqualTo("2026 年港口空气质量");
        WebElement level = byId("score-impact").findElements(By.tagName("vaadin-radio-button")).get(4);
        scrollTo(level);
        level.click();
        waitForVaadin();
        type("team-comment", "警报阈值清楚，请补充夜间数据。");
        press("sheet-submit");
        click("confirm-action");
        wait.until(d -> byId("sheet-status").getText().startsWith("已于"));
        screenshot("newcomer-14-judge-scored-zh");
    }

    // the browser's app runs on real time: the organiser moves the timeline so that judging is over and results are due
    private void moveIntoResultsPhase() {
        open("organise/contests/" + contestId);
        click("tab-timeline");
        LocalDateTime now = contestNow();
        includePhase("registration", now.minusDays(3), now.minusDays(2), false);
        includePhase("submission", now.minusDays(3), now.minusDays(1), false);
        includePhase("judging", now.minusDays(1), now.minusMinutes(10), true);
        includePhase("results", now.minusMinutes(10), now.plusDays(30), true);
        click("contest-save");
        // shortening a published timeline asks for a reason, and closing phases in the past for an explicit "close now"
        type("change-reason", "The jury finished early.");
        if (byId("change-close-now").isDisplayed()) {
            check("change-close-now");
        }
        click("confirm-action");
        waitForText("Contest saved.");
    }

    private void awardAndPublishResults() throws Exception {
        open("organise/contests/" + contestId + "/results");
        pick("award-entry", TEAM);
        type("award-name-en", "Jury award");
        type("award-name-zh", AWARD_ZH);
        type("award-reason", "The clearest warnings for residents.");
        press("award-give");
        wait.until(d -> byId("awards").getText().contains("Jury award"));
        publishResults();
        screenshot("newcomer-15-results-published");
    }

    /** Publishing the results cannot be undone, so the desk asks first. */
    private void publishResults() {
        press("results-publish");
        press("confirm-action");
        wait.until(d -> byId("results-status").getText().startsWith("Published"));
    }

    /** Takes the winner into incubation; returns the start of its first reporting period. */
    private LocalDate takeIntoIncubation() throws Exception {
        open("organise/incubation/" + contestId);
        WebElement take = wait.until(d -> d.findElements(By.cssSelector("vaadin-button[id^='take-']")).stream()
                .findFirst().orElse(null));
        press(take.getAttribute("id"));
        byId("take-confirm");
        // the first reporting period opens on the incubation's first day: the first check-in can be filed today
        LocalDate start = LocalDate.now(clock.withZone(CONTEST_ZONE));
        setValue("take-start", start.toString());
        screenshot("newcomer-16-take-into-incubation");
        press("take-confirm");
        waitForText("is in incubation; the team is asked for consent.");
        return start;
    }

    /** A visitor reading Chinese finds the published winners on the contest's results page. */
    private void visitorSeesResultsInChinese() throws Exception {
        open("contests/" + CONTEST);
        switchLanguage("中文");
        click("contest-results");
        wait.until(d -> byId("results-winners").getText().contains(AWARD_ZH));
        assertThat(byId("results-winners").getText()).contains(ENTRY_ZH, TEAM);
        screenshot("newcomer-17-visitor-results-zh");
    }

    /** The leader, in Chinese, accepts the incubation and files the first check-in. */
    private void fileCheckIn(LocalDate start) throws Exception {
        open("my-incubation");
        WebElement project = wait.until(d -> d.findElements(By.cssSelector("[id^='my-project-']")).stream()
                .findFirst().orElse(null));
        press(project.getAttribute("id"));
        press("consent-public");
        type("consent-summary", "Air alerts for two harbour districts.");
        press("consent-accept");
        waitForText("你的答复已记录。");
        String projectPath = URI.create(driver.getCurrentUrl()).getPath();
        open(projectPath.substring(1) + "/check-in/" + start);
        type("checkin-narrative", "Sensors at two berths; 800 residents get the alerts.");
        // every figure is required (0 when nothing happened)
        for (String kpi : List.of("revenue", "employees", "funding-equity", "funding-debt", "funding-grant", "datasets",
                "partners")) {
            type("kpi-" + kpi, "0");
        }
        type("kpi-active-users", "800");
        press("kpi-adoption");
        driver.findElement(By.xpath("//vaadin-select-list-box/vaadin-select-item[normalize-space(.)='试点']")).click();
        waitForVaadin();
        screenshot("newcomer-18-check-in-zh");
        press("checkin-submit");
        wait.withTimeout(Duration.ofSeconds(60)).until(d -> d.findElement(By.tagName("body")).getText()
                .contains("进展报告已提交"));
    }
}
