package org.opencontest.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.account.internal.LoginThrottle;
import org.opencontest.audit.AuditLog;
import org.opencontest.audit.AuditRecord;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sign-in throttling and login CSRF through the real security filter chain. Every test signs in from addresses of
 * its own, so that no test's failures pause another's source.
 */
class SignInThrottleIT extends IntegrationTest {

    @Autowired TestAccounts testAccounts;
    @Autowired LoginThrottle throttle;
    @Autowired AuditLog auditLog;
    @Autowired Clock clock;
    @Autowired WebApplicationContext web;

    private MockMvc mvc;
    private AppPrincipal owner;
    private final String home = uniqueAddress();
    private final String stranger = uniqueAddress();

    @BeforeEach
    void setUp() {
        SecurityContextHolder.clearContext();
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        owner = testAccounts.create(Role.PARTICIPANT);
    }

    @Test
    void fiftyWrongPasswordsFromElsewhereNeverStopTheOwnerWhereTheyHaveSignedInBefore() throws Exception {
        signIn(owner.email(), TestAccounts.PASSWORD, home, true);

        for (int attempt = 0; attempt < 3; attempt++) {
            signIn(owner.email(), "wrong-password-" + attempt, stranger, false);
        }
        signIn(owner.email(), TestAccounts.PASSWORD, stranger, false);
        assertThat(audit(owner.email()).get(0).details()).startsWith("reason=throttled, address=" + stranger)
                .matches(".*, wait=[1-5]s");

        Instant now = clock.instant();
        for (int attempt = 0; attempt < 50; attempt++) {
            throttle.recordFailure(owner.email(), uniqueAddress(), now);
        }
        signIn(owner.email(), TestAccounts.PASSWORD, home, true);
        assertThat(throttle.waitBefore(owner.email(), uniqueAddress(), now))
                .as("a new address waits briefly while many addresses guess").isPositive()
                .isLessThanOrEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void pausesGrowPerSourceAndAccountAndPerSource() {
        Instant start = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (int second = 0; second < 3; second++) {
            throttle.recordFailure(owner.email(), stranger, start.plusSeconds(second));
        }
        Instant third = start.plusSeconds(2);
        assertThat(throttle.waitBefore(owner.email(), stranger, third)).hasSeconds(5);
        throttle.recordFailure(owner.email(), stranger, third.plusSeconds(5));
        assertThat(throttle.waitBefore(owner.email(), stranger, third.plusSeconds(5))).hasSeconds(10);
        assertThat(throttle.waitBefore("other@example.org", stranger, third.plusSeconds(5))).isZero();

        Instant later = third.plusSeconds(60);
        for (int account = 0; account < 6; account++) {
            throttle.recordFailure("account-" + account + "@example.org", stranger, later);
        }
        assertThat(throttle.waitBefore("other@example.org", stranger, later)).as("10 failures from the source")
                .hasSeconds(5);
        assertThat(throttle.waitBefore("other@example.org", home, later)).isZero();
    }

    @Test
    void aSuccessfulSignInFromASourceStartsItsCountAfresh() throws Exception {
        for (int attempt = 0; attempt < 2; attempt++) {
            signIn(owner.email(), "wrong-password-" + attempt, home, false);
        }
        signIn(owner.email(), TestAccounts.PASSWORD, home, true);
        for (int attempt = 0; attempt < 2; attempt++) {
            signIn(owner.email(), "wrong-password-" + attempt, home, false);
        }
        signIn(owner.email(), TestAccounts.PASSWORD, home, true);
    }

    @Test
    void theSourceIsTheConnectionsAddressNotAnXForwardedForHeaderTheServerWasNotToldToTrust() throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            signIn(owner.email(), "wrong-password-" + attempt, stranger, false);
        }
        mvc.perform(login(owner.email(), TestAccounts.PASSWORD, stranger)
                        .header("X-Forwarded-For", uniqueAddress()))
                .andExpect(unauthenticated());
    }

    @Test
    void aLoginPostWithoutTheCsrfTokenDoesNotSignIn() throws Exception {
        mvc.perform(post("/login").param("username", owner.email()).param("password", TestAccounts.PASSWORD)
                        .header("Origin", "https://attacker.example").with(from(home)))
                .andExpect(unauthenticated());
        mvc.perform(login(owner.email(), TestAccounts.PASSWORD, home)).andExpect(authenticated());
    }

    private void signIn(String email, String password, String address, boolean success) throws Exception {
        mvc.perform(login(email, password, address)).andExpect(success ? authenticated() : unauthenticated());
    }

    /** The sign-in form's POST, with its CSRF token, from the given address. */
    private static MockHttpServletRequestBuilder login(String email, String password, String address) {
        return post("/login").param("username", email).param("password", password).with(csrf()).with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** An address from the IPv6 documentation range, different in every call. */
    private static String uniqueAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "2001:db8::%x:%x".formatted(random.nextInt(0x10000), random.nextInt(0x10000));
    }

    /** Audit entries about the subject, newest first. */
    private List<AuditRecord> audit(String subject) {
        return SystemIdentity.call(() -> auditLog.search(subject, Pageable.ofSize(50)).getContent().stream()
                .filter(entry -> entry.subject().equals(subject)).toList());
    }
}
