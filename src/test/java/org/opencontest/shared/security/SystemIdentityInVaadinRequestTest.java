package org.opencontest.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;

import com.vaadin.flow.server.VaadinSession;

import org.junit.jupiter.api.Test;
import org.opencontest.support.KaribuTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * In a real Vaadin request the signed-in user's security context sits in the HTTP session, where Vaadin's holder
 * strategy looks first: the identity SystemIdentity gives must still win while its work runs, and the user's
 * must be back afterwards.
 */
class SystemIdentityInVaadinRequestTest extends KaribuTest {

    private static final AppPrincipal SIGNED_IN = new AppPrincipal(4711L, "signed-in@example.org", "Signed In", "",
            EnumSet.of(Role.PARTICIPANT), Locale.ENGLISH, ZoneOffset.UTC, true, false);

    @Test
    void theGivenIdentityWinsOverTheSessionsUserAndTheUserComesBack() {
        signInAs(SIGNED_IN);
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, SecurityContextHolder.getContext());
        VaadinSession session = VaadinSession.getCurrent();

        long inside = SystemIdentity.call(CurrentUser::requireId);

        assertThat(inside).isEqualTo(SystemIdentity.SYSTEM_USER_ID);
        assertThat(CurrentUser.requireId()).isEqualTo(4711L);
        assertThat(VaadinSession.getCurrent()).isSameAs(session);
    }
}
