package org.opencontest.account.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import org.opencontest.account.internal.RoleRequestStatus;
import org.opencontest.account.internal.RoleRequestView;
import org.opencontest.account.internal.RoleRequests;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.ViewerZone;

/** The profile's "Roles" section: the roles held, the state of one's requests, and a form to ask for another. */
class RoleRequestsSection extends VerticalLayout implements LocaleChangeObserver {

    private final transient RoleRequests requests;
    private final String organisation;
    private final H3 title = new H3();
    private final Paragraph held = new Paragraph();
    private final UnorderedList history = new UnorderedList();
    private final Div form = new Div();
    private transient List<RoleRequestView> mine = List.of();

    RoleRequestsSection(RoleRequests requests, String organisation) {
        this.requests = requests;
        this.organisation = organisation;
        setPadding(false);
        setId("role-requests");
        held.setId("role-requests-held");
        history.setId("role-requests-history");
        add(title, held, history, form);
        reload();
    }

    private void reload() {
        mine = requests.mine();
        Set<Role> offered = EnumSet.copyOf(RoleRequests.REQUESTABLE);
        offered.removeAll(CurrentUser.require().roles());
        mine.stream().filter(r -> r.status() == RoleRequestStatus.PENDING).map(RoleRequestView::role)
                .forEach(offered::remove);
        form.removeAll();
        if (!offered.isEmpty()) {
            form.add(new RoleRequestForm(requests, offered, organisation, this::reload));
        }
        render();
    }

    private void render() {
        held.setText(getTranslation("account.roleRequest.held", CurrentUser.require().roles().stream()
                .map(this::roleName).collect(Collectors.joining(", "))));
        history.removeAll();
        for (RoleRequestView request : mine) {
            String state = getTranslation("account.roleRequest.status." + request.status().name());
            String text = getTranslation("account.roleRequest.entry", roleName(request.role()), state,
                    DateTimes.formatDate(request.createdAt(), ViewerZone.get(), getLocale()));
            if (request.decisionReason() != null) {
                text += " " + getTranslation("account.roleRequest.entryReason", request.decisionReason());
            }
            history.add(new ListItem(text));
        }
        history.setVisible(!mine.isEmpty());
    }

    private String roleName(Role role) {
        return getTranslation("account.role." + role.name());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("account.roleRequest.title"));
        render();
    }
}
