package org.opencontest.incubation.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.opencontest.incubation.internal.IncubatorInvitations;
import org.opencontest.incubation.internal.IncubatorInvite;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.shared.ui.ViewerZone;

/**
 * Where the invitation mail leads: the signed-in person's open invitations into incubator organisations, each with
 * its accept button. Accepting reloads the page, so that the menu shows the incubator's entries at once.
 */
@Route("incubation/invitations")
@PermitAll
public class IncubatorInvitationsView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final transient IncubatorInvitations invitations;

    public IncubatorInvitationsView(IncubatorInvitations invitations) {
        this.invitations = invitations;
        setId("incubator-invitations");
        addClassName("page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new H1(getTranslation("incubation.invitations.title")));
        var open = invitations.mine();
        if (open.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("incubation.invitations.none"));
            none.setId("incubator-invitations-none");
            add(none);
        }
        open.forEach(invite -> add(card(invite)));
    }

    private Div card(IncubatorInvite invite) {
        Button accept = new Button(getTranslation("incubation.invitations.accept"));
        accept.setId("incubator-invitation-accept-" + invite.id());
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(accept, () -> {
            IncubatorInvite accepted = invitations.accept(invite.id());
            Notices.success("incubation.invitations.accepted", IncubationUi.text(accepted.organisation()));
            // the role takes effect at the next request; a reload shows the incubator's menu
            getUI().ifPresent(ui -> ui.getPage().setLocation("incubation/board"));
        });
        Div card = new Div(new Paragraph(getTranslation("incubation.invitations.entry",
                IncubationUi.text(invite.organisation()), IncubationUi.when(invite.invitedAt(), ViewerZone.get()))),
                accept);
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incubation.invitations.title");
    }
}
