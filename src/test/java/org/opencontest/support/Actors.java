package org.opencontest.support;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.SystemIdentity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * People for service tests: principals with random ids (the database is shared within a run) and ways to run code
 * as one of them or as an anonymous visitor. These principals have no account row; use the account module's
 * services when a test needs a real user (e-mail delivery, sign-in).
 */
public final class Actors {

    private Actors() {
    }

    public static AppPrincipal person(Role role, ZoneId zone) {
        long id = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
        return new AppPrincipal(id, role.name().toLowerCase(Locale.ROOT) + id + "@example.org", role + " " + id, "",
                EnumSet.of(role), Locale.ENGLISH, zone, true, false);
    }

    public static AppPrincipal person(Role role) {
        return person(role, ZoneId.of("Asia/Shanghai"));
    }

    public static <T> T as(AppPrincipal principal, Supplier<T> work) {
        return SystemIdentity.callAs(principal, work);
    }

    /** As an anonymous web visitor (Spring Security's anonymous token, as in a real request). */
    public static <T> T anonymously(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
