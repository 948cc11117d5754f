package org.opencontest.partnering.ui;

import java.util.Arrays;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.opencontest.partnering.Introductions;
import org.opencontest.partnering.internal.IntroductionStatus;
import org.opencontest.partnering.PartnerKind;
import org.opencontest.partnering.PartnerProfiles;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.ui.LoadedView;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;

/**
 * A partner's page: their profile (kind of organisation, name, interests) and their introduction requests with the
 * team's answer; a team's contact appears only once the team accepted.
 */
@Route("partners/introductions")
@RolesAllowed(Roles.PARTNER)
@Menu(title = "nav.partners.introductions", order = 17, icon = "vaadin:connect")
public class PartnerIntroductionsView extends LoadedView implements HasDynamicTitle {

    private final transient Introductions introductions;
    private final transient PartnerProfiles profiles;
    private PartnerProfiles.Profile profile;
    private java.util.List<Introductions.PartnerSide> mine;

    public PartnerIntroductionsView(Introductions introductions, PartnerProfiles profiles) {
        this.introductions = introductions;
        this.profiles = profiles;
        setId("partner-introductions");
        addClassName("page");
    }

    @Override
    protected void load(BeforeEnterEvent event) {
        profile = profiles.mine().orElse(null);
        mine = introductions.mine();
    }

    @Override
    protected void render() {
        add(new H1(getTranslation("partnering.mine.title")), profileForm(),
                new H3(getTranslation("partnering.mine.requests")));
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("partnering.mine.none")),
                    new Anchor("partners/showcase", getTranslation("nav.partners.showcase")));
        }
        for (Introductions.PartnerSide intro : mine) {
            Div card = new Div(new H3(PartnerUi.text(intro.project())),
                    new Paragraph(getTranslation("partnering.mine.status",
                            getTranslation("partnering.status." + intro.status()), intro.teamName() == null ? "–"
                                    : intro.teamName())),
                    new Paragraph(intro.message()));
            if (intro.status() == IntroductionStatus.ACCEPTED) {
                Paragraph contact = new Paragraph(getTranslation("partnering.mine.contact", intro.teamContactName(),
                        intro.teamContactEmail()));
                contact.setId("team-contact-" + intro.id());
                card.add(contact);
            }
            card.addClassName("card");
            card.setId("introduction-" + intro.id());
            add(card);
        }
    }

    private Div profileForm() {
        Div box = new Div(new H3(getTranslation("partnering.profile.title")),
                new Paragraph(getTranslation("partnering.profile.help")));
        box.addClassName("card");
        box.setId("partner-profile");
        Select<PartnerKind> kind = new Select<>();
        kind.setLabel(getTranslation("partnering.profile.kind"));
        kind.setItems(Arrays.asList(PartnerKind.values()));
        kind.setItemLabelGenerator(k -> getTranslation("partnering.kind." + k));
        kind.setId("profile-kind");
        TextField organisation = new TextField(getTranslation("partnering.profile.organisation"));
        organisation.setMaxLength(200);
        organisation.setId("profile-organisation");
        TextArea interests = new TextArea(getTranslation("partnering.profile.interests"));
        interests.setMaxLength(1000);
        interests.setWidthFull();
        interests.setId("profile-interests");
        if (profile != null) {
            kind.setValue(profile.kind());
            organisation.setValue(profile.organisation());
            interests.setValue(profile.interests());
        }
        Button save = new Button(getTranslation("partnering.profile.save"));
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(save, () -> {
            profile = profiles.save(kind.getValue(), organisation.getValue(), interests.getValue());
            Notices.success("partnering.profile.saved");
        });
        box.add(kind, organisation, interests, save);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partnering.mine.title");
    }
}
