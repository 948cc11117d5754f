package org.opencontest.account.ui;

import org.opencontest.account.internal.Profile;
import org.opencontest.shared.security.AppPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Keeps the signed-in principal in step with a saved profile, so that the header, time zones and the language
 * reflect the change without signing in again. The security context is the session's, so updating it in place
 * lasts for the session.
 */
final class SessionPrincipal {

    private SessionPrincipal() {
    }

    static void update(Profile profile) {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication current = context.getAuthentication();
        if (current != null && current.getPrincipal() instanceof AppPrincipal principal
                && principal.userId() == profile.userId()) {
            AppPrincipal updated = new AppPrincipal(principal.userId(), principal.email(), profile.displayName(),
                    principal.passwordHash(), principal.roles(), profile.locale(), profile.zone(),
                    principal.enabled(), principal.locked());
            UsernamePasswordAuthenticationToken replacement = UsernamePasswordAuthenticationToken.authenticated(
                    updated, current.getCredentials(), current.getAuthorities());
            replacement.setDetails(current.getDetails());
            context.setAuthentication(replacement);
        }
    }
}
