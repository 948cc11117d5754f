package org.opencontest.account.ui;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;

import org.opencontest.account.AccountService;
import org.opencontest.account.internal.RoleRequestStatus;
import org.opencontest.account.internal.RoleRequestView;
import org.opencontest.account.internal.RoleRequests;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Role;

/**
 * Shown instead of "page not found" when a signed-in user opens a page whose route needs a role they lack: it names
 * the role and offers the request form right there. It speaks only of the route's annotation, never of the object
 * in the address, so it tells nothing about private contests. Vaadin sends anonymous visitors to sign in first.
 */
@AnonymousAllowed
public class RoleNeededView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>,
        HasDynamicTitle {

    private final transient RoleRequests requests;
    private final transient AccountService accounts;

    public RoleNeededView(RoleRequests requests, AccountService accounts) {
        this.requests = requests;
        this.accounts = accounts;
        setId("role-needed");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        Set<Role> needed = neededRoles(event);
        add(new H1(getTranslation("account.roleNeeded.title")));
        // without an account row (the system identity) there is nobody to file a request for
        if (CurrentUser.get().isEmpty() || needed.isEmpty() || accounts.myStatus().isEmpty()) {
            add(new Paragraph(getTranslation("account.roleNeeded.generic")));
            return HttpServletResponse.SC_FORBIDDEN;
        }
        AppPrincipal me = CurrentUser.require();
        // ADMIN opens nearly every page; naming it beside the role one can ask for would only confuse
        Set<Role> named = EnumSet.copyOf(needed);
        if (named.stream().anyMatch(RoleRequests.REQUESTABLE::contains)) {
            named.remove(Role.ADMIN);
        }
        Paragraph explanation = new Paragraph(getTranslation("account.roleNeeded.needs", named.stream()
                .map(role -> getTranslation("account.role." + role.name()))
                .collect(Collectors.joining(getTranslation("account.roleNeeded.or")))));
        explanation.setId("role-needed-roles");
        add(explanation);
        Set<Role> requestable = EnumSet.noneOf(Role.class);
        needed.stream().filter(RoleRequests.REQUESTABLE::contains).forEach(requestable::add);
        requestable.removeAll(me.roles());
        Set<Role> pending = requests.mine().stream().filter(r -> r.status() == RoleRequestStatus.PENDING)
                .map(RoleRequestView::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        if (pending.stream().anyMatch(needed::contains)) {
            sent();
        } else if (requestable.isEmpty()) {
            add(new Paragraph(getTranslation("account.roleNeeded.notRequestable")));
        } else {
            RoleRequestForm form = new RoleRequestForm(requests, requestable, accounts.myProfile().organisation(),
                    this::sent);
            add(new Paragraph(getTranslation("account.roleNeeded.ask")), form);
        }
        return HttpServletResponse.SC_FORBIDDEN;
    }

    /** Once asked, the page says so (below the title and the needed roles) and where the answer will show, instead of the form. */
    private void sent() {
        getChildren().skip(2).toList().forEach(this::remove);
        Paragraph pending = new Paragraph(getTranslation("account.roleNeeded.pending"));
        pending.setId("role-needed-pending");
        add(pending, new Anchor("profile", getTranslation("account.roleNeeded.profile")));
    }

    /** The roles the denied route names, if the router knows the address. */
    private static Set<Role> neededRoles(BeforeEnterEvent event) {
        return event.getSource().getRegistry().getNavigationTarget(event.getLocation().getPath())
                .map(target -> target.getAnnotation(RolesAllowed.class))
                .map(allowed -> Arrays.stream(allowed.value()).map(Role::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))))
                .orElseGet(() -> EnumSet.noneOf(Role.class));
    }

    /** Every page needs a title (WCAG 2.4.2), this one too. */
    @Override
    public String getPageTitle() {
        return getTranslation("account.roleNeeded.title");
    }
}
