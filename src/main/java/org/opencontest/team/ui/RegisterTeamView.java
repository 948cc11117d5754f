package org.opencontest.team.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import org.opencontest.contest.ContestPage;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.ui.LoadedView;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.team.RegisteredTeam;
import org.opencontest.team.internal.RegistrationInfo;
import org.opencontest.team.TeamRegistration;
import org.opencontest.team.TeamService;

/**
 * Registering a team in a contest: name, description, track, solo entry where allowed, the eligibility questions
 * and consent. Shows the deadline in the contest's zone and the viewer's; the server decides whether it passed.
 */
@Route("teams/register/:contestId")
@RolesAllowed(Roles.PARTICIPANT)
public class RegisterTeamView extends LoadedView implements HasDynamicTitle {

    private final transient TeamService teams;
    private RegistrationInfo info;

    public RegisterTeamView(TeamService teams) {
        this.teams = teams;
        addClassName("page");
        setId("register-team");
    }

    @Override
    protected void load(BeforeEnterEvent event) {
        info = teams.registrationInfo(idParameter(event, "contestId"));
    }

    @Override
    protected void render() {
        ContestPage contest = info.contest();
        add(new H1(getTranslation("team.register.title", contest.title().in(TeamUi.locale()))));
        if (info.myTeam() != null) {
            Anchor mine = new Anchor("teams/" + info.myTeam().teamId(), info.myTeam().teamName());
            mine.setId("register-existing-team");
            add(new Paragraph(getTranslation("team.register.alreadyInTeam")), new Div(mine));
            return;
        }
        if (info.closes() != null) {
            Paragraph deadline = new Paragraph(getTranslation(info.open() ? "team.register.closes"
                    : "team.register.closed", TeamUi.when(info.closes(), contest.zone())));
            deadline.setId("register-deadline");
            add(deadline);
        }
        if (!info.open()) {
            return;
        }
        Paragraph rules = new Paragraph(getTranslation("team.register.size", contest.teamSizeMin(),
                contest.teamSizeMax()) + " " + getTranslation(info.approvalRequired()
                ? "team.register.approvalRequired" : "team.register.noApproval"));
        rules.addClassName("muted");
        add(rules, form(contest));
    }

    private Div form(ContestPage contest) {
        TextField name = new TextField(getTranslation("team.field.name"));
        name.setId("team-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(60);
        name.setWidth("24em");
        TextArea description = new TextArea(getTranslation("team.field.description"));
        description.setId("team-description");
        description.setMaxLength(2000);
        description.setWidthFull();
        Select<ContestPage.Track> track = new Select<>();
        track.setId("team-track");
        track.setLabel(getTranslation("team.field.track"));
        track.setItems(contest.tracks());
        track.setItemLabelGenerator(t -> t.name().in(TeamUi.locale()));
        track.setVisible(!contest.tracks().isEmpty());
        Checkbox solo = new Checkbox(getTranslation("team.field.solo"));
        solo.setId("team-solo");
        solo.setVisible(info.soloAllowed());
        solo.addValueChangeListener(change -> {
            if (change.getValue() && name.isEmpty()) {
                name.setValue(CurrentUser.require().displayName());
            }
        });
        EnrolmentFields enrolment = new EnrolmentFields(info.questions(), info.rulesVersion(), contest.slug());

        Button register = new Button(getTranslation("team.register.button"));
        register.setId("team-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(register, () -> {
            RegisteredTeam registered = teams.register(contest.id(), new TeamRegistration(name.getValue(),
                    description.getValue(), track.getValue() == null ? null : track.getValue().id(),
                    solo.getValue()), enrolment.enrolment());
            Notices.success("team.register.done", name.getValue().strip());
            getUI().ifPresent(ui -> ui.navigate(TeamView.class,
                    new RouteParameters("teamId", String.valueOf(registered.teamId()))));
        });
        Div form = new Div(new Div(name), new Div(description), new Div(track), new Div(solo), enrolment,
                new Div(register));
        form.addClassName("team-form");
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.register.pageTitle");
    }
}
