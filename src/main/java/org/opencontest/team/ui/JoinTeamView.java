package org.opencontest.team.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.ui.LoadedView;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.team.internal.InvitePreview;
import org.opencontest.team.TeamMembership;
import org.opencontest.team.TeamService;

/** Joining a team with the invite code its leader shared: what the team is, the questions, then "Join". */
@Route("teams/join")
@RolesAllowed(Roles.PARTICIPANT)
public class JoinTeamView extends LoadedView implements HasDynamicTitle {

    private final transient TeamService teams;
    private String code = "";

    public JoinTeamView(TeamService teams) {
        this.teams = teams;
        addClassName("page");
        setId("join-team");
    }

    @Override
    protected void load(BeforeEnterEvent event) {
        code = queryParameter(event, "code");
    }

    @Override
    protected void render() {
        add(new H1(getTranslation("team.join.title")));
        InvitePreview preview;
        try {
            preview = teams.previewCode(code);
        } catch (UserFacingException refused) {
            add(TeamUi.problem(this, refused, "join-problem"));
            return;
        }
        add(InvitationView.describe(this, preview));
        EnrolmentFields enrolment = new EnrolmentFields(preview.questions(), preview.rulesVersion(),
                preview.contestSlug());
        Button join = new Button(getTranslation("team.join.button"));
        join.setId("join-team-button");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(join, () -> {
            TeamMembership joined = teams.joinByCode(code, enrolment.enrolment());
            Notices.success("team.join.done", joined.teamName());
            getUI().ifPresent(ui -> ui.navigate(TeamView.class,
                    new RouteParameters("teamId", String.valueOf(joined.teamId()))));
        });
        add(enrolment, new Div(join));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.join.title");
    }
}
