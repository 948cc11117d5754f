package org.opencontest.team.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.ui.LoadedView;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.shared.ui.ViewerZone;
import org.opencontest.team.internal.InvitePreview;
import org.opencontest.team.TeamInvitations;
import org.opencontest.team.TeamMembership;

/**
 * Where the invitation mail's link leads. Anyone holding the link sees what it offers; to answer, the invitee signs
 * in (or first signs up) with the invited address and comes back here; then accepts, answering the contest's
 * questions, or declines. Unusable links say why (forged, used, withdrawn, expired).
 */
@Route("teams/invitation")
@AnonymousAllowed
public class InvitationView extends LoadedView implements HasDynamicTitle {

    private final transient TeamInvitations invitations;
    private String token = "";

    public InvitationView(TeamInvitations invitations) {
        this.invitations = invitations;
        addClassName("page");
        setId("invitation");
    }

    @Override
    protected void load(BeforeEnterEvent event) {
        token = queryParameter(event, "token");
    }

    @Override
    protected void render() {
        add(new H1(getTranslation("team.invitation.title")));
        InvitePreview preview;
        try {
            preview = invitations.preview(token);
        } catch (UserFacingException refused) {
            add(TeamUi.problem(this, refused, "invitation-problem"));
            return;
        }
        add(describe(this, preview));
        Paragraph addressed = new Paragraph(getTranslation("team.invitation.addressed", preview.email(),
                DateTimes.format(preview.expiresAt(), ViewerZone.get(), TeamUi.locale())));
        addressed.addClassName("muted");
        add(addressed);
        if (CurrentUser.get().isEmpty()) {
            add(signInFirst(preview));
        } else if (!CurrentUser.hasRole(Role.PARTICIPANT)) {
            add(new Paragraph(getTranslation("team.invitation.participantsOnly")));
        } else {
            add(answer(preview));
        }
    }

    private Component signInFirst(InvitePreview preview) {
        Button signIn = new Button(getTranslation("team.invitation.signIn"), click -> getUI().ifPresent(ui ->
                ui.navigate(InvitationSignInView.class, QueryParameters.of("token", token))));
        signIn.setId("invitation-sign-in");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button signUp = new Button(getTranslation("team.invitation.signUp"), click -> getUI().ifPresent(ui ->
                ui.navigate("signup")));
        signUp.setId("invitation-sign-up");
        return new Div(new Paragraph(getTranslation("team.invitation.signInFirst", preview.email())),
                new HorizontalLayout(signIn, signUp));
    }

    private Component answer(InvitePreview preview) {
        EnrolmentFields enrolment = new EnrolmentFields(preview.questions(), preview.rulesVersion(),
                preview.contestSlug());
        Button accept = new Button(getTranslation("team.invitation.accept"));
        accept.setId("invitation-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(accept, () -> {
            TeamMembership joined = invitations.accept(token, enrolment.enrolment());
            Notices.success("team.join.done", joined.teamName());
            getUI().ifPresent(ui -> ui.navigate(TeamView.class,
                    new RouteParameters("teamId", String.valueOf(joined.teamId()))));
        });
        Button decline = new Button(getTranslation("team.invitation.decline"));
        decline.setId("invitation-decline");
        SingleSubmit.onClick(decline, () -> {
            invitations.decline(token);
            Notices.success("team.invitation.declined");
            getUI().ifPresent(ui -> ui.navigate(MyTeamsView.class));
        });
        return new Div(enrolment, new HorizontalLayout(accept, decline));
    }

    /** The team, contest and leader an invitation or invite code leads to. */
    static Div describe(Component context, InvitePreview preview) {
        H3 team = new H3(preview.teamName());
        team.setId("invite-team-name");
        Div box = new Div(team, new Paragraph(preview.contestTitle().in(TeamUi.locale())),
                new Paragraph(context.getTranslation("team.invitation.leader", preview.leaderName(),
                        preview.memberCount(), preview.teamSizeMax())));
        box.addClassName("card");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.invitation.title");
    }
}
