package org.opencontest.incubation.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.incubation.internal.IncubatorInvitations;
import org.opencontest.incubation.internal.IncubatorInvite;
import org.opencontest.incubation.IncubatorOrgView;
import org.opencontest.incubation.IncubatorOrganisations;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;

/** Incubator organisations and their INCUBATOR members, set up by administrators and organisers. */
@Route("organise/incubators")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
public class IncubatorOrgsView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    /** Refusals of a direct add that an invitation overcomes: no account yet, or an account without the role. */
    private static final Set<String> INVITABLE = Set.of("incubation.org.error.unknownUser",
            "incubation.org.error.notIncubator");

    private final transient IncubatorOrganisations organisations;
    private final transient IncubatorInvitations invitations;

    public IncubatorOrgsView(IncubatorOrganisations organisations, IncubatorInvitations invitations) {
        this.organisations = organisations;
        this.invitations = invitations;
        setId("incubator-orgs");
        addClassName("page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("incubation.orgs.title")), createForm());
        Div list = new Div();
        list.addClassName("card-grid");
        Map<Long, List<IncubatorInvite>> open = invitations.open().stream()
                .collect(Collectors.groupingBy(IncubatorInvite::orgId));
        for (IncubatorOrgView org : organisations.all()) {
            list.add(card(org, open.getOrDefault(org.id(), List.of())));
        }
        add(list);
    }

    private Div createForm() {
        TextField en = new TextField(getTranslation("incubation.orgs.nameEn"));
        en.setId("org-name-en");
        en.setMaxLength(200);
        TextField zh = new TextField(getTranslation("incubation.orgs.nameZh"));
        zh.setId("org-name-zh");
        zh.setMaxLength(200);
        Button create = new Button(getTranslation("incubation.orgs.create"));
        create.setId("org-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(create, () -> {
            organisations.create(new LocalizedText(en.getValue(), zh.getValue()));
            Notices.success("incubation.orgs.created");
            render();
        });
        HorizontalLayout form = new HorizontalLayout(en, zh, create);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return new Div(form);
    }

    private Div card(IncubatorOrgView org, List<IncubatorInvite> invited) {
        Div card = new Div(new H3(IncubationUi.text(org.name())));
        card.addClassName("card");
        card.setId("org-" + org.id());
        UnorderedList members = new UnorderedList();
        org.members().forEach(member -> members.add(new ListItem(member.displayName() + " <" + member.email() + ">")));
        invited.forEach(invite -> {
            ListItem pending = new ListItem(getTranslation("incubation.orgs.pending", invite.email()));
            pending.addClassName("muted");
            members.add(pending);
        });
        if (org.members().isEmpty()) {
            card.add(new Paragraph(getTranslation("incubation.orgs.noMembers")));
        }
        EmailField email = new EmailField(getTranslation("incubation.orgs.memberEmail"));
        email.setId("org-member-email-" + org.id());
        Button add = new Button(getTranslation("incubation.orgs.addMember"));
        add.setId("org-member-add-" + org.id());
        Div offer = new Div();
        offer.setId("org-member-offer-" + org.id());
        SingleSubmit.onClick(add, () -> {
            try {
                organisations.addMember(org.id(), email.getValue());
            } catch (UserFacingException refused) {
                if (!INVITABLE.contains(refused.getMessageKey())) {
                    throw refused;
                }
                offerInvitation(offer, org.id(), email.getValue(), refused);
                return;
            }
            Notices.success("incubation.orgs.memberAdded");
            render();
        });
        card.add(members, email, add, offer);
        return card;
    }

    /** Someone who is not an incubator yet can be invited; accepting makes them one (the service decides, not us). */
    private void offerInvitation(Div offer, long orgId, String email, UserFacingException refused) {
        Paragraph why = new Paragraph(getTranslation("incubation.orgs.inviteOffer",
                getTranslation(refused.getMessageKey(), refused.getArguments())));
        Button invite = new Button(getTranslation("incubation.orgs.invite"));
        invite.setId("org-member-invite-" + orgId);
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(invite, () -> {
            IncubatorInvite sent = invitations.invite(orgId, email);
            Notices.success("incubation.orgs.invited", sent.email());
            render();
        });
        offer.removeAll();
        offer.add(why, invite);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incubation.orgs.title");
    }
}
