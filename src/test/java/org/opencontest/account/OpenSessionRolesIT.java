package org.opencontest.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.opencontest.account.internal.AccountAdministration;
import org.opencontest.account.internal.UserAccountRepository;
import org.opencontest.account.internal.UserSummary;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * A signed-in browser session keeps its security context in the HTTP session. Through the application's browser
 * filter chain, a role an administrator grants or revokes shows in that session at its next request:
 * in the stored context and in {@code isUserInRole}, which Vaadin's route access control asks.
 */
class OpenSessionRolesIT extends IntegrationTest {

    private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    @Autowired @Qualifier("securityFilterChain") SecurityFilterChain browserChain;
    @Autowired AccountAdministration administration;
    @Autowired UserAccountRepository users;
    @Autowired Clock clock;

    @Test
    void aGrantedAndThenRevokedRoleAppliesToTheOpenSessionWithoutSigningInAgain() throws Exception {
        RoleAccounts accounts = new RoleAccounts(users, clock);
        AppPrincipal admin = accounts.create("session-admin", SupportedLocales.ENGLISH, Role.ADMIN);
        AppPrincipal user = accounts.create("session-user", SupportedLocales.ENGLISH, Role.PARTICIPANT);
        MockHttpSession session = signedInSession(user);
        assertThat(requestSeesRole(session, Role.ORGANISER)).isFalse();

        setRoles(admin, user, EnumSet.of(Role.PARTICIPANT, Role.ORGANISER));

        assertThat(requestSeesRole(session, Role.ORGANISER)).isTrue();
        assertThat(sessionPrincipal(session).roles()).containsExactlyInAnyOrder(Role.PARTICIPANT, Role.ORGANISER);

        setRoles(admin, user, EnumSet.of(Role.PARTICIPANT));

        assertThat(requestSeesRole(session, Role.ORGANISER)).isFalse();
        assertThat(sessionPrincipal(session).roles()).containsExactly(Role.PARTICIPANT);
    }

    private void setRoles(AppPrincipal admin, AppPrincipal user, EnumSet<Role> roles) {
        as(admin, () -> {
            UserSummary current = administration.get(user.userId());
            return administration.updateAccess(user.userId(), current.version(), roles, true);
        });
    }

    private static MockHttpSession signedInSession(AppPrincipal user) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(CONTEXT, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        return session;
    }

    /** One browser request in the session; the application behind the filters answers whether the role is seen. */
    private boolean requestSeesRole(MockHttpSession session, Role role) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/profile");
        request.setSession(session);
        AtomicBoolean seen = new AtomicBoolean();
        HttpServlet application = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest wrapped, HttpServletResponse response) {
                seen.set(wrapped.isUserInRole(role.name()));
            }
        };
        try {
            new MockFilterChain(application, filtersUpToTheRoleRefresh())
                    .doFilter(request, new MockHttpServletResponse());
        } finally {
            SecurityContextHolder.clearContext();
        }
        return seen.get();
    }

    /**
     * The browser chain as configured, up to and including the role refresh; the authorisation after it would ask
     * Vaadin's servlet context for its views, which a mock request does not have.
     */
    private Filter[] filtersUpToTheRoleRefresh() {
        List<Filter> filters = browserChain.getFilters();
        for (int i = 0; i < filters.size(); i++) {
            if (filters.get(i).getClass().getSimpleName().equals("SessionRolesFilter")) {
                return filters.subList(0, i + 1).toArray(Filter[]::new);
            }
        }
        throw new AssertionError("No SessionRolesFilter in " + filters);
    }

    private static AppPrincipal sessionPrincipal(MockHttpSession session) {
        return (AppPrincipal) ((SecurityContext) session.getAttribute(CONTEXT)).getAuthentication().getPrincipal();
    }
}
