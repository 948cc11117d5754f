package org.opencontest.account.internal;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.opencontest.audit.AuditActor;
import org.opencontest.audit.AuditLog;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.SignInPausedException;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds Spring Security's sign-in outcomes into the throttle, the audit trail and the metric
 * {@code opencontest_signin_failures_total{reason}} (a surge means guessing or a broken sign-in).
 */
@Component
class SignInEvents {

    static final String SIGNED_IN = "auth.signIn";
    static final String SIGN_IN_FAILED = "auth.signInFailed";
    private static final int MAX_EMAIL = 320;

    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    private final MeterRegistry registry;

    SignInEvents(LoginThrottle throttle, AuditLog audit, Clock clock, MeterRegistry registry) {
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.registry = registry;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AppPrincipal principal) {
            String address = remoteAddress(event.getAuthentication());
            throttle.recordSuccess(principal.email(), address, clock.instant());
            audit.record(AuditActor.of(principal), SIGNED_IN, principal.email(), "address=" + address);
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String email = attemptedEmail(event.getAuthentication());
        String address = remoteAddress(event.getAuthentication());
        // Only a checked, wrong password counts; paused attempts and disabled accounts never reach that check.
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            throttle.recordFailure(email, address, clock.instant());
        }
        registry.counter("opencontest.signin.failures", "reason", reason(event)).increment();
        String wait = event.getException() instanceof SignInPausedException paused
                ? ", wait=" + paused.waitSeconds() + "s" : "";
        audit.record(AuditActor.ANONYMOUS, SIGN_IN_FAILED, email,
                "reason=" + reason(event) + ", address=" + address + wait);
    }

    private static String attemptedEmail(Authentication authentication) {
        String name = authentication.getName() == null ? "" : UserAccount.normaliseEmail(authentication.getName());
        return name.length() <= MAX_EMAIL ? name : name.substring(0, MAX_EMAIL);
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }

    private static String reason(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            return "bad-credentials";
        }
        if (event instanceof AuthenticationFailureLockedEvent) {
            return "throttled";
        }
        if (event instanceof AuthenticationFailureDisabledEvent) {
            return "disabled";
        }
        return event.getException().getClass().getSimpleName();
    }
}
