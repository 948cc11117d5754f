package org.opencontest.team.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

/**
 * Requires sign-in and then returns to the invitation: an anonymous visitor coming here is sent to the login page,
 * which brings them back here afterwards (Vaadin remembers the requested route), and this forwards to the
 * invitation with the same token.
 */
@Route("teams/invitation/sign-in")
@PermitAll
public class InvitationSignInView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(InvitationView.class, event.getLocation().getQueryParameters());
    }
}
