package org.opencontest.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencontest.account.TestAccounts;
import org.opencontest.support.BrowserJourney;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A leader registers a team in the demo contest (answering its eligibility questions) and invites a member by
 * e-mail; the admin finds the captured invitation in the Mailbox; the invitee opens its link, signs in, answers and
 * joins; the organiser finds the team among the demo teams and approves it.
 */
class TeamRegistrationJourney extends BrowserJourney {

    private static final String CONTEST = "soda-2026-city-safety";
    private static final String LEADER = "chen.hao@example.org";
    private static final String INVITEE = "lin.yue@example.org";
    private static final String PASSWORD = "river-levels-2027";
    private static final String TEAM = "River Guardians";

    @Autowired
    TestAccounts accounts;

    /** A confirmed participant account, made the way the sign-up journey makes one in the browser. */
    private void account(String email, String name) {
        accounts.signUpAndConfirm(email, name, "Tongji University", PASSWORD);
    }

    @Test
    void aLeaderRegistersAndInvitesTheInviteeJoinsAndTheOrganiserApproves() throws Exception {
        account(LEADER, "Chen Hao 陈浩");
        account(INVITEE, "Lin Yue 林悦");

        signIn(LEADER, PASSWORD);
        open("my-teams");
        byId("register-" + CONTEST);
        screenshot("team-10-my-teams");
        click("register-" + CONTEST);
        type("team-name", TEAM);
        type("team-description", "Flood warnings for riverside neighbourhoods from water-level sensors.");
        choose("team-track", "Emergency response");
        answer("question-0", 0);
        answer("question-1", 0);
        check("consent");
        screenshot("team-11-register");
        press("team-register");
        assertThat(byId("team-name-heading").getText()).isEqualTo(TEAM);

        type("invite-email", INVITEE);
        click("invite-send");
        waitForText(INVITEE + " · open until");
        waitForNoticesToClose();
        screenshot("team-12-team-page");

        String invitation = invitationLinkFromMailbox();
        // the invitee opens the link in a browser where nobody is signed in
        continueAsVisitor();
        open(invitation);
        byId("invitation-sign-in");
        screenshot("team-13-invitation");
        click("invitation-sign-in");
        type("vaadinLoginUsername", INVITEE);
        type("vaadinLoginPassword", PASSWORD);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        byId("invitation-accept");
        waitForVaadin();
        answer("question-0", 0);
        answer("question-1", 1);
        check("consent");
        screenshot("team-14-accept");
        press("invitation-accept");
        waitForText("Lin Yue 林悦");
        assertThat(byId("team-name-heading").getText()).isEqualTo(TEAM);
        waitForNoticesToClose();
        screenshot("team-15-joined");

        continueAs("organiser@example.org", "opencontest-demo");
        open("organise");
        byId("teams-" + CONTEST).click();
        waitForVaadin();
        waitForText("Safe Streets Lab");
        waitForText("Heatwave Watch");
        screenshot("organiser-10-teams");
        By row = By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + TEAM + "']");
        wait.until(d -> {
            if (d.findElements(By.id("team-approve")).isEmpty() && !d.findElements(row).isEmpty()) {
                new Actions(d).moveToElement(d.findElement(row)).click().perform();
                waitForVaadin();
            }
            return !d.findElements(By.id("team-approve")).isEmpty();
        });
        waitForText(INVITEE);
        screenshot("organiser-11-team-detail");
        click("team-approve");
        wait.until(d -> d.findElements(By.id("team-approve")).isEmpty());
        screenshot("organiser-12-approved");
    }

    /** The admin reads the captured invitation in the Mailbox and takes its link, as the invitee would click it. */
    private String invitationLinkFromMailbox() throws Exception {
        continueAs("admin@example.org", "opencontest-demo");
        String link = mailedLink(INVITEE, "teams/invitation?token=");
        screenshot("admin-02-invitation-mail");
        // the demo data's open invitation is there too
        type("mailbox-recipient-filter", "zhou.min@example.org");
        wait.until(d -> !d.findElements(By.xpath("//vaadin-grid-cell-content[contains(., 'zhou.min@example.org')]"))
                .isEmpty());
        return link;
    }

    private void choose(String selectId, String itemText) {
        click(selectId);
        wait.until(d -> !d.findElements(By.xpath("//vaadin-select-item[contains(., '" + itemText + "')]")).isEmpty());
        driver.findElement(By.xpath("//vaadin-select-item[contains(., '" + itemText + "')]")).click();
        waitForVaadin();
    }

    private void answer(String groupId, int option) {
        byId(groupId).findElements(By.cssSelector("vaadin-radio-button input")).get(option).click();
        waitForVaadin();
    }
}
