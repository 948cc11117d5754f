package org.opencontest.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.notification.internal.EmbeddedMailServer;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.support.BrowserJourney;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamService;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A team member uploads two files and watches them stream in, submits, gets the signed receipt by e-mail (through
 * the embedded SMTP server) and has /verify confirm it; the organiser then finds the submissions in the overview.
 */
class SubmissionJourney extends BrowserJourney {

    private static final String MEMBER = "participant@example.org";
    private static final String PASSWORD = "opencontest-demo";

    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    UserDetailsService users;
    @Autowired
    EmbeddedMailServer mailServer;
    @Autowired
    Clock clock;

    @Test
    void aMemberSubmitsAndTheMailedReceiptVerifies() throws Exception {
        AppPrincipal organiser = (AppPrincipal) users.loadUserByUsername("organiser@example.org");
        AppPrincipal member = (AppPrincipal) users.loadUserByUsername(MEMBER);
        long contestId = TeamFixtures.publishedContest(contests, organiser, clock.instant()).id();
        SubmissionFixtures.openSubmission(contests, organiser, contestId, clock.instant());
        TeamFixtures.register(teams, contests, member, contestId, "Zebra Crossing 斑马线");
        Path folder = Files.createTempDirectory("journey-files");
        Path proposal = folder.resolve("proposal.pdf");
        Files.write(proposal, (SubmissionFixtures.PDF + "%".repeat(12 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII));
        Path source = folder.resolve("source-code.zip");
        Files.write(source, SubmissionFixtures.zip().readAllBytes());

        signIn(MEMBER, PASSWORD);
        open("submissions/" + contestId);
        type("submission-title-en", "Safer school crossings");
        type("submission-title-zh", "更安全的学校路口");
        type("submission-abstract-en", "Finds the crossings where children are most at risk, from accident and traffic data.");
        type("submission-repository-link", "https://git.example.org/zebra");
        press("submission-save");
        waitForText("Draft saved.");

        WebElement input = shadow(byId("submission-upload")).findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(proposal + "\n" + source);
        // the browser shows a progress bar per file while the bytes stream through the server into the store
        wait.until(d -> !shadowFiles().isEmpty());
        screenshot("team-submission-01-uploading");
        wait.withTimeout(Duration.ofMinutes(2)).until(d -> shadowFiles().size() == 2
                && shadowFiles().stream().allMatch(file -> file.getAttribute("complete") != null));
        wait.until(d -> byId("submission-files").getText().contains(source.getFileName().toString()));
        scrollTo(byId("submission-files"));
        screenshot("team-submission-02-uploaded");

        press("submission-submit");
        press("confirm-action");
        WebElement receipt = byId("receipt-text");
        String document = receipt.getText();
        assertThat(document).contains("version=1", "=proposal.pdf", "=source-code.zip", "signature=");
        screenshot("team-submission-03-receipt");

        List<MimeMessage> mails = wait.withTimeout(Duration.ofSeconds(60)).until(d -> {
            List<MimeMessage> found = mailServer.receivedMessagesFor(MEMBER).stream()
                    .filter(mail -> subject(mail).startsWith("Receipt: Zebra Crossing")).toList();
            return found.isEmpty() ? null : found;
        });
        String mailed = bodyText(mails.get(0));
        String mailedReceipt = mailed.substring(mailed.indexOf("OpenContest submission receipt v1"),
                mailed.indexOf("signature=") + "signature=".length() + 88);

        continueAsVisitor();
        open("verify");
        setValue("verify-receipt", mailedReceipt);
        press("verify-check");
        assertThat(byId("verify-outcome").getText()).startsWith("Genuine: signed by this server");
        screenshot("team-submission-04-verified");

        signIn("organiser@example.org", PASSWORD);
        open("organise/submissions/" + contestId);
        wait.until(d -> byId("submissions-grid").getText().contains("Zebra Crossing"));
        screenshot("organiser-submissions-01-overview");
    }

    private SearchContext shadow(WebElement host) {
        return host.getShadowRoot();
    }

    private List<WebElement> shadowFiles() {
        return driver.findElements(By.cssSelector("#submission-upload vaadin-upload-file"));
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    /** The plain-text part, wherever the mail nests it. */
    private static String bodyText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                try {
                    return bodyText(multipart.getBodyPart(i));
                } catch (AssertionError notHere) {
                    // look at the next part
                }
            }
        }
        throw new AssertionError("No text/plain part");
    }
}
