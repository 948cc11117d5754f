package org.opencontest.shared.security;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Runs before the password check of a form sign-in: refuses it while the throttle pauses its e-mail and source
 * address, otherwise abstains so that the account's own provider decides. A refused attempt checks no password,
 * so it neither counts as a failure nor lengthens the pause.
 */
class SignInThrottleCheck implements AuthenticationProvider {

    private final SignInThrottle throttle;

    SignInThrottleCheck(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Duration wait = throttle.waitBefore(attempt.getName(), address);
        if (!wait.isZero() && !wait.isNegative()) {
            throw new SignInPausedException(wait);
        }
        return null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
