package org.opencontest.team.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import org.opencontest.contest.ContestSummary;
import org.opencontest.contest.PhaseKind;
import org.opencontest.shared.security.Roles;
import org.opencontest.team.internal.MyTeam;
import org.opencontest.team.TeamService;

/**
 * A participant's teams across contests, the contests open for registration they have not entered yet, and joining
 * a team with a code from its leader.
 */
@Route("my-teams")
@RolesAllowed(Roles.PARTICIPANT)
@Menu(title = "nav.myTeams", order = 40, icon = "vaadin:group")
public class MyTeamsView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final transient TeamService teams;

    public MyTeamsView(TeamService teams) {
        this.teams = teams;
        addClassName("page");
        setId("my-teams");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new H1(getTranslation("team.mine.title")));
        Div mine = new Div();
        mine.addClassName("card-grid");
        mine.setId("my-teams-list");
        teams.myTeams().forEach(team -> mine.add(card(team)));
        if (mine.getComponentCount() == 0) {
            add(new Paragraph(getTranslation("team.mine.none")));
        }
        add(mine, joinWithCode());

        add(new H3(getTranslation("team.mine.open")));
        Div open = new Div();
        open.addClassName("card-grid");
        open.setId("open-contests");
        teams.openForRegistration().forEach(contest -> open.add(openContest(contest)));
        if (open.getComponentCount() == 0) {
            open.add(new Paragraph(getTranslation("team.mine.noneOpen")));
        }
        add(open);
    }

    private Div card(MyTeam team) {
        Anchor name = new Anchor("teams/" + team.teamId(), team.teamName());
        name.setId("my-team-" + team.teamId());
        Div card = new Div(new H3(name), new Paragraph(team.contestTitle().in(TeamUi.locale())),
                TeamUi.statusBadge(this, team.status()));
        card.addClassName("card");
        Span size = new Span(getTranslation("team.mine.size", team.memberCount(), team.teamSizeMin(),
                team.teamSizeMax()));
        size.addClassName("muted");
        card.add(new Div(size), new Div(new Span(getTranslation(team.leader() ? "team.role.leader"
                : "team.role.member"))));
        if (team.belowMinimum()) {
            Span warning = new Span(getTranslation("team.warning.belowMinimum", team.teamSizeMin()));
            warning.getElement().getThemeList().add("badge warning");
            card.add(new Div(warning));
        }
        return card;
    }

    private HorizontalLayout joinWithCode() {
        TextField code = new TextField(getTranslation("team.join.code"));
        code.setId("join-code");
        code.setPlaceholder("ABCD EFGH 23");
        Button go = new Button(getTranslation("team.join.lookUp"), click -> getUI().ifPresent(ui ->
                ui.navigate(JoinTeamView.class, QueryParameters.of("code", code.getValue().strip()))));
        go.setId("join-code-go");
        HorizontalLayout row = new HorizontalLayout(code, go);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("join-with-code");
        return row;
    }

    private Div openContest(ContestSummary contest) {
        Div card = new Div(new H3(contest.title().in(TeamUi.locale())));
        card.addClassName("card");
        contest.timeline().phase(PhaseKind.REGISTRATION).ifPresent(registration -> {
            Span closes = new Span(getTranslation("team.register.closes", TeamUi.when(registration.closes(),
                    contest.zone())));
            closes.addClassName("muted");
            card.add(new Div(closes));
        });
        Button register = new Button(getTranslation("team.register.button"), click -> getUI().ifPresent(ui ->
                ui.navigate("teams/register/" + contest.id())));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("register-" + contest.slug());
        card.add(new Div(register));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.mine.title");
    }
}
