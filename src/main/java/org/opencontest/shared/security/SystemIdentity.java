package org.opencontest.shared.security;

import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.server.VaadinSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs trusted work (demo data, scheduled jobs, mails on a user's action) under an explicit identity. */
public final class SystemIdentity {

    public static final long SYSTEM_USER_ID = 0L;

    private SystemIdentity() {
    }

    public static <T> T call(Supplier<T> work) {
        AppPrincipal system = new AppPrincipal(SYSTEM_USER_ID, "system@opencontest.local", "System", "",
                EnumSet.of(Role.ADMIN), Locale.ENGLISH, ZoneOffset.UTC, true, false);
        return callAs(system, work);
    }

    /**
     * Runs trusted work as a given person, e.g. demo data created the way that person's own requests would. Inside a
     * Vaadin request the signed-in user's context lives in the session, and Vaadin's holder strategy prefers it to
     * the thread's: the session is unbound while the work runs, so that the identity given here is the one in force.
     */
    public static <T> T callAs(AppPrincipal person, Supplier<T> work) {
        VaadinSession session = VaadinSession.getCurrent();
        VaadinSession.setCurrent(null);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
            VaadinSession.setCurrent(session);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
