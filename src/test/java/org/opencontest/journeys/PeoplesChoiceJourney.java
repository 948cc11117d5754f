package org.opencontest.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.support.BrowserJourney;
import org.opencontest.vote.VoteFixtures;
import org.opencontest.vote.VoteFixtures.VoteContest;
import org.opencontest.vote.internal.GalleryEntry;
import org.opencontest.vote.internal.VoteDesk;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A people's-choice vote in the browser: a voter votes in the gallery; a voter who has just cast ten votes in the
 * contest's other votes is refused in Chinese (the per-account rate limit); the organiser finds the burst of ten votes
 * for one entry in the anomaly review, voids it with a reason, closes the vote and publishes it; a visitor reads the
 * counts after voiding. The contest, its entries, the burst and the earlier votes are made through the services, so
 * the browser drives only what the journey is about.
 */
class PeoplesChoiceJourney extends BrowserJourney {

    private static final String ORGANISER = "organiser@example.org";
    private static final String BURST_NETWORK = "198.51.100.23";

    @Autowired
    VoteFixtures fixtures;
    @Autowired
    VoteDesk desk;
    @Autowired
    UserDetailsService users;

    @Test
    void votersVoteOneIsRateLimitedTheOrganiserVoidsABurstAndThePublicSeesTheCountsAfterVoiding() throws Exception {
        AppPrincipal organiser = (AppPrincipal) users.loadUserByUsername(ORGANISER);
        VoteContest contest = fixtures.contest(organiser, List.of("Quiet Streets", "Safe Crossings", "Night Bus Watch"));
        long poll = fixtures.open(contest, fixtures.openNow(1, 0));
        AppPrincipal ann = fixtures.voter();
        AppPrincipal wei = fixtures.voter(Locale.SIMPLIFIED_CHINESE);
        List<GalleryEntry> entries = fixtures.gallery(ann, contest.contestId(), poll);
        GalleryEntry burstTarget = entries.get(0);
        GalleryEntry favourite = entries.get(1);
        // ten new accounts vote for one entry within seconds, from one network
        IntStream.range(0, 10).mapToObj(i -> fixtures.voter())
                .forEach(voter -> fixtures.cast(voter, burstTarget.id(), BURST_NETWORK));

        signIn(ann.email(), VoteFixtures.PASSWORD);
        open("contests/" + contest.slug() + "/vote");
        press("vote-entry-" + favourite.id() + "-vote");
        byId("vote-entry-" + favourite.id() + "-mine");
        screenshot("vote-01-gallery-voted");

        // Wei has just used up the minute's ten votes in four other votes of the contest, now closed again
        continueAs(wei.email(), VoteFixtures.PASSWORD);
        List<Long> others = IntStream.range(0, 4).mapToObj(i -> fixtures.open(contest, fixtures.openNow(3, 0)))
                .toList();
        others.stream().flatMap(other -> fixtures.gallery(wei, contest.contestId(), other).stream()).limit(10)
                .forEach(entry -> fixtures.cast(wei, entry.id(), "203.0.113.5"));
        as(organiser, () -> {
            others.forEach(desk::close);
            return null;
        });
        open("contests/" + contest.slug() + "/vote");
        press("vote-entry-" + favourite.id() + "-vote");
        wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(card -> card.getText().contains("短时间内投票过多：每分钟最多 10 票")));
        screenshot("vote-02-rate-limited-zh");
        assertThat(driver.findElements(By.id("vote-entry-" + favourite.id() + "-mine"))).isEmpty();

        continueAs(ORGANISER, "opencontest-demo");
        switchLanguage("English");
        open("organise/votes/review/" + poll);
        wait.until(d -> byId("vote-anomaly-0").getText().contains("Burst for “" + burstTarget.teamName() + "”: 10 votes"));
        type("vote-void-reason", "Ten new accounts from one network within a minute");
        press("vote-anomaly-0-void");
        waitForText("10 votes voided and recorded in the judging log.");
        waitForText("Voided: Ten new accounts from one network within a minute");
        screenshot("vote-03-burst-voided");
        open("organise/votes/" + contest.contestId());
        press("vote-poll-" + poll + "-close");
        click("confirm-action");
        press("vote-poll-" + poll + "-publish");
        click("confirm-action");
        wait.until(d -> d.findElements(By.id("vote-poll-" + poll + "-publish")).isEmpty());
        // the demo organiser works in Chinese: later journeys rely on it
        switchLanguage("中文");

        continueAsVisitor();
        open("contests/" + contest.slug() + "/vote");
        List<String> cells = byId("vote-result-" + poll + "-grid").getText().lines().toList();
        assertThat(votesOf(cells, favourite.title().en())).as("%s", cells).isEqualTo("1");
        assertThat(votesOf(cells, burstTarget.title().en())).as("%s", cells).isEqualTo("0");
        screenshot("vote-04-public-result");
    }

    /** The votes cell of an entry's row in the result grid's cells (entry, team, votes), read in order. */
    private static String votesOf(List<String> cells, String title) {
        return cells.get(cells.indexOf(title) + 2);
    }
}
