package org.opencontest.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencontest.support.BrowserJourney;

/**
 * A newcomer signs up; the verification mail really goes out through the embedded SMTP server; the admin finds it
 * in the Mailbox; its link confirms the address; the newcomer signs in.
 */
class ParticipantSignsUpJourney extends BrowserJourney {

    private static final String EMAIL = "zhao.lei@example.org";
    private static final String PASSWORD = "river-levels-2027";

    @Test
    void aNewcomerSignsUpAndConfirmsTheAddressWithTheMailedLink() throws Exception {
        open("signup");
        type("signup-email", EMAIL);
        type("signup-display-name", "Zhao Lei 赵磊");
        type("signup-organisation", "Tongji University");
        type("signup-password", PASSWORD);
        type("signup-password-confirmation", PASSWORD);
        screenshot("team-01-sign-up");
        click("signup-submit");
        byId("signup-done");
        screenshot("team-02-sign-up-done");

        signIn("admin@example.org", "opencontest-demo");
        String link = mailedLink(EMAIL, "verify-email?token=");
        screenshot("admin-01-mailbox");
        signOut();

        open(link);
        assertThat(byId("verify-email-outcome").getText()).isEqualTo("Thank you, your e-mail address is confirmed.");
        screenshot("team-03-verified");

        signIn(EMAIL, PASSWORD);
        assertThat(byId("user-profile-link").getText()).isEqualTo("Zhao Lei 赵磊");
    }
}
