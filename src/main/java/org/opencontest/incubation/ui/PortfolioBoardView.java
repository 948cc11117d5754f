package org.opencontest.incubation.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.opencontest.incubation.IncubationProjects;
import org.opencontest.incubation.ProjectSummary;
import org.opencontest.incubation.Stage;
import org.opencontest.incubation.internal.Consent;
import org.opencontest.shared.security.Roles;

/** The incubator's board: one column per stage, a card per project, overdue check-ins and pending consent marked. */
@Route("incubation/board")
@RolesAllowed({Roles.INCUBATOR, Roles.ADMIN})
@Menu(title = "nav.incubation.board", order = 60, icon = "vaadin:grid-small")
public class PortfolioBoardView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final transient IncubationProjects projects;

    public PortfolioBoardView(IncubationProjects projects) {
        this.projects = projects;
        setId("incubation-board");
        addClassName("page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        List<ProjectSummary> portfolio = projects.portfolio();
        add(new H1(getTranslation("incubation.board.title")),
                new Paragraph(new Anchor("incubation/dashboard", getTranslation("incubation.board.toDashboard"))));
        if (portfolio.isEmpty()) {
            add(new Paragraph(getTranslation("incubation.board.none")));
            return;
        }
        Map<Stage, List<ProjectSummary>> byStage = portfolio.stream()
                .collect(Collectors.groupingBy(ProjectSummary::stage));
        Div board = new Div();
        board.addClassName("incubation-board");
        Stream.concat(Stage.FUNNEL.stream(), Stream.of(Stage.DISCONTINUED)).forEach(stage -> {
            List<ProjectSummary> column = byStage.getOrDefault(stage, List.of());
            Div lane = new Div(new H3(getTranslation("incubation.board.column", getTranslation(stage.messageKey()),
                    column.size())));
            lane.addClassName("board-column");
            lane.setId("board-" + stage.name());
            column.forEach(project -> lane.add(card(project)));
            board.add(lane);
        });
        add(board);
    }

    private Div card(ProjectSummary project) {
        Anchor title = new Anchor("incubation/projects/" + project.id(), IncubationUi.text(project.title()));
        title.setId("board-project-" + project.id());
        Div card = new Div(title, new Div(new Span(project.teamName())));
        card.addClassNames("card", "board-card");
        if (project.consent() == Consent.PENDING) {
            Span pending = new Span(getTranslation("incubation.consent.PENDING"));
            pending.getElement().getThemeList().add("badge");
            card.add(new Div(pending));
        }
        if (project.overdue()) {
            Span overdue = new Span(getTranslation("incubation.board.overdue", IncubationUi.date(project.nextDue())));
            overdue.getElement().getThemeList().add("badge error");
            card.add(new Div(overdue));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incubation.board.title");
    }
}
