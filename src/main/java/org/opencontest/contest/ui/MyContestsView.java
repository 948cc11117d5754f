package org.opencontest.contest.ui;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import org.opencontest.contest.ContestService;
import org.opencontest.contest.ContestSummary;
import org.opencontest.shared.security.Roles;

/** The organiser's contests (all contests for administrators), loaded lazily page by page. */
@Route("organise")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
@Menu(title = "nav.organise", order = 50, icon = "vaadin:trophy")
public class MyContestsView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final transient Clock clock;
    private final Translations texts = new Translations(this);
    private final Grid<ContestSummary> grid = new Grid<>();

    public MyContestsView(ContestService contests, Clock clock) {
        this.clock = clock;
        setId("my-contests");
        addClassName("page");

        H1 title = texts.bind(new H1(), H1::setText, "contest.mine.title");
        Button create = texts.bind(new Button(VaadinIcon.PLUS.create()), Button::setText, "contest.mine.new");
        create.setId("new-contest");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> editor("new"));
        HorizontalLayout header = new HorizontalLayout(title, create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.expand(title);

        texts.bind(grid.addColumn(contest -> contest.title().in(ContestTexts.locale())).setFlexGrow(3),
                Grid.Column::setHeader, "contest.mine.column.title");
        texts.bind(grid.addColumn(contest -> getTranslation(contest.status().messageKey())),
                Grid.Column::setHeader, "contest.mine.column.status");
        texts.bind(grid.addColumn(contest -> ContestTexts.stage(this, contest.timeline(), clock.instant())),
                Grid.Column::setHeader, "contest.mine.column.stage");
        texts.bind(grid.addColumn(contest -> ContestTexts.nextDeadline(this, contest.timeline(), clock.instant(),
                ContestTexts.viewerZone())).setFlexGrow(2), Grid.Column::setHeader, "contest.mine.column.deadline");
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> contests.myContests(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemDoubleClickListener(click -> editor(String.valueOf(click.getItem().id())));
        grid.setSizeFull();
        texts.bind(grid, Grid::setEmptyStateText, "contest.mine.empty");

        add(header, grid);
        setSizeFull();
    }

    private HorizontalLayout actions(ContestSummary contest) {
        Button edit = new Button(getTranslation("contest.mine.edit"), VaadinIcon.EDIT.create(),
                click -> editor(String.valueOf(contest.id())));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.setId("edit-" + contest.slug());
        Anchor view = new Anchor("contests/" + contest.slug(), getTranslation("contest.mine.view"));
        // the team module's list of this contest's teams (linked by route, so the modules stay independent)
        Anchor teams = new Anchor("organise/contests/" + contest.id() + "/teams", getTranslation("team.link.teams"));
        teams.setId("teams-" + contest.slug());
        // the judging module's pages: jury and rounds, then rankings, awards and publication
        Anchor judging = new Anchor("organise/contests/" + contest.id() + "/judging",
                getTranslation("judging.results.link.judging"));
        judging.setId("judging-" + contest.slug());
        Anchor results = new Anchor("organise/contests/" + contest.id() + "/results",
                getTranslation("judging.results.link"));
        results.setId("results-" + contest.slug());
        // the community module's announcements of this contest
        Anchor announcements = new Anchor("organise/contests/" + contest.id() + "/announcements",
                getTranslation("community.link.announcements"));
        announcements.setId("announcements-" + contest.slug());
        // the community module's Q&A report queue of this contest
        Anchor questions = new Anchor("organise/contests/" + contest.id() + "/questions",
                getTranslation("community.link.questions"));
        questions.setId("questions-" + contest.slug());
        HorizontalLayout actions = new HorizontalLayout(edit, view, teams, announcements, questions, judging,
                results);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        return actions;
    }

    private void editor(String id) {
        getUI().ifPresent(ui -> ui.navigate(ContestEditorView.class, new RouteParameters("id", id)));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        texts.apply();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest.mine.title");
    }
}
