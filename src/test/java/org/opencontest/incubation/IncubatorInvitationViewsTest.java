package org.opencontest.incubation;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;

import org.junit.jupiter.api.Test;
import org.opencontest.incubation.internal.IncubatorInvitations;
import org.opencontest.account.AccountService;
import org.opencontest.account.RecordedMails;
import org.opencontest.account.SignUpRequest;
import org.opencontest.account.UserDirectory;
import org.opencontest.account.internal.AccountMails;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Adding someone who is not an incubator yet offers an invitation in one step; accepting it, signed in with the
 * confirmed address, makes them a member and an incubator. The organiser grants no role.
 */
class IncubatorInvitationViewsTest extends KaribuTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    IncubatorOrganisations organisations;
    @Autowired
    IncubatorInvitations invitations;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDirectory directory;
    @Autowired
    RecordedMails mails;

    @Test
    void anOrganiserInvitesAParticipantWhoAcceptsAndBecomesAnIncubator() {
        IncubatorOrgView org = as(person(Role.ADMIN), () -> organisations.create(
                new LocalizedText("Harbour Incubator " + UUID.randomUUID(), "港口孵化器")));
        AppPrincipal invitee = confirmedParticipant();

        signInAs(person(Role.ORGANISER));
        navigate("organise/incubators");
        _setValue(_get(EmailField.class, spec -> spec.withId("org-member-email-" + org.id())), invitee.email());
        _click(_get(Button.class, spec -> spec.withId("org-member-add-" + org.id())));
        assertThat(_get(Paragraph.class, spec -> spec.withText(invitee.email()
                + " does not have the incubator role; an administrator can grant it. Invite them instead: when they "
                + "accept, signed in with this address, they join the organisation and receive the incubator role. "
                + "Organisers do not give roles to accounts directly."))).isNotNull();
        _click(_get(Button.class, spec -> spec.withId("org-member-invite-" + org.id())));
        expectNotifications("Invitation sent to " + invitee.email() + ".");
        assertThat(_find(ListItem.class, spec -> spec.withText("Invited, waiting for an answer: " + invitee.email())))
                .hasSize(1);
        assertThat(directory.findByEmail(invitee.email()).orElseThrow().roles()).doesNotContain(Role.INCUBATOR);
        assertThat(mails.to(invitee.email(), "incubation.invitation")).singleElement()
                .satisfies(mail -> assertThat(mail.model()).containsEntry("name", "Zhou Qing 周青"));

        AppPrincipal stranger = person(Role.PARTICIPANT);
        long invitationId = as(person(Role.ADMIN), () -> invitations.open()).stream()
                .filter(invite -> invite.email().equals(invitee.email())).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> as(stranger, () -> invitations.accept(invitationId)))
                .isInstanceOf(NotFoundException.class);

        signInAs(invitee);
        navigate("incubation/invitations");
        useLocale(Locale.SIMPLIFIED_CHINESE);
        _click(_get(Button.class, spec -> spec.withId("incubator-invitation-accept-" + invitationId)
                .withText("接受并成为孵化方")));

        assertThat(directory.findByEmail(invitee.email()).orElseThrow().roles()).contains(Role.INCUBATOR);
        assertThat(as(person(Role.ADMIN), () -> organisations.all()).stream()
                .filter(o -> o.id() == org.id()).findFirst().orElseThrow().members())
                .extracting(IncubatorOrgView.Incubator::email).containsExactly(invitee.email());
        assertThat(as(invitee, () -> invitations.mine())).isEmpty();
    }

    @Test
    void anAddressWithoutAccountIsOfferedTheInvitationAndAnUnconfirmedAddressSeesNone() {
        IncubatorOrgView org = as(person(Role.ADMIN), () -> organisations.create(
                new LocalizedText("Delta Incubator " + UUID.randomUUID(), "三角洲孵化器")));
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        signInAs(person(Role.ORGANISER));
        navigate("organise/incubators");
        _setValue(_get(EmailField.class, spec -> spec.withId("org-member-email-" + org.id())), nobody);
        _click(_get(Button.class, spec -> spec.withId("org-member-add-" + org.id())));
        _click(_get(Button.class, spec -> spec.withId("org-member-invite-" + org.id())));
        assertThat(mails.to(nobody, "incubation.invitation")).singleElement()
                .satisfies(mail -> assertThat(mail.model()).doesNotContainKey("name"));

        // the address signs up but has not confirmed it yet: the invitation does not show
        long id = accounts.signUp(new SignUpRequest(nobody, "Nobody", null, "river-levels-2027", "river-levels-2027",
                Locale.ENGLISH, SHANGHAI));
        AppPrincipal unconfirmed = new AppPrincipal(id, nobody, "Nobody", "", EnumSet.of(Role.PARTICIPANT),
                Locale.ENGLISH, SHANGHAI, true, false);
        signInAs(unconfirmed);
        navigate("incubation/invitations");
        assertThat(_get(Paragraph.class, spec -> spec.withId("incubator-invitations-none")).getText())
                .startsWith("You have no open invitations.");
    }

    private AppPrincipal confirmedParticipant() {
        String email = "invitee-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long id = accounts.signUp(new SignUpRequest(email, "Zhou Qing 周青", "Harbour Lab", "river-levels-2027",
                "river-levels-2027", Locale.ENGLISH, SHANGHAI));
        accounts.verifyEmail(mails.lastToken(email, AccountMails.VERIFY_EMAIL_TEMPLATE));
        return new AppPrincipal(id, email, "Zhou Qing 周青", "", EnumSet.of(Role.PARTICIPANT), Locale.ENGLISH,
                SHANGHAI, true, false);
    }
}
