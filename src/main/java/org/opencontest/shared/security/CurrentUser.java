package org.opencontest.shared.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is calling, for services that decide per object (my contest, my team) beyond role annotations. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<AppPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The token a request under {@code /api/v1} was authenticated with; empty for browser sessions. */
    public static Optional<ApiTokenAuthentication> apiToken() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication token
                ? Optional.of(token) : Optional.empty();
    }

    public static AppPrincipal require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public static long requireId() {
        return require().userId();
    }

    public static boolean hasRole(Role role) {
        return get().map(p -> p.hasRole(role)).orElse(false);
    }

    public static boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }
}
