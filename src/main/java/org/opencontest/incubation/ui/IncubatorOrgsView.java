package org.opencontest.incubation.ui;

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
import org.opencontest.incubation.IncubatorOrgView;
import org.opencontest.incubation.IncubatorOrganisations;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;

/** Incubator organisations and their INCUBATOR members, set up by administrators and organisers. */
@Route("organise/incubators")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
public class IncubatorOrgsView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final transient IncubatorOrganisations organisations;

    public IncubatorOrgsView(IncubatorOrganisations organisations) {
        this.organisations = organisations;
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
        for (IncubatorOrgView org : organisations.all()) {
            list.add(card(org));
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

    private Div card(IncubatorOrgView org) {
        Div card = new Div(new H3(IncubationUi.text(org.name())));
        card.addClassName("card");
        card.setId("org-" + org.id());
        UnorderedList members = new UnorderedList();
        org.members().forEach(member -> members.add(new ListItem(member.displayName() + " <" + member.email() + ">")));
        if (org.members().isEmpty()) {
            card.add(new Paragraph(getTranslation("incubation.orgs.noMembers")));
        }
        EmailField email = new EmailField(getTranslation("incubation.orgs.memberEmail"));
        email.setId("org-member-email-" + org.id());
        Button add = new Button(getTranslation("incubation.orgs.addMember"));
        add.setId("org-member-add-" + org.id());
        SingleSubmit.onClick(add, () -> {
            organisations.addMember(org.id(), email.getValue());
            Notices.success("incubation.orgs.memberAdded");
            render();
        });
        card.add(members, email, add);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incubation.orgs.title");
    }
}
