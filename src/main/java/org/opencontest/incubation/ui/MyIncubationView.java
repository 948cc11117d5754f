package org.opencontest.incubation.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.opencontest.incubation.IncubationProjects;
import org.opencontest.incubation.ProjectSummary;
import org.opencontest.incubation.internal.Consent;
import org.opencontest.shared.security.Roles;

/** A participant's incubation projects (their teams'), with the offers still awaiting an answer first. */
@Route("my-incubation")
@RolesAllowed(Roles.PARTICIPANT)
@Menu(title = "nav.incubation.mine", order = 45, icon = "vaadin:rocket")
public class MyIncubationView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final transient IncubationProjects projects;

    public MyIncubationView(IncubationProjects projects) {
        this.projects = projects;
        setId("my-incubation");
        addClassName("page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new H1(getTranslation("incubation.mine.title")));
        Div cards = new Div();
        cards.addClassName("card-grid");
        projects.myProjects().stream()
                .sorted((a, b) -> Boolean.compare(b.consent() == Consent.PENDING, a.consent() == Consent.PENDING))
                .forEach(project -> cards.add(card(project)));
        if (cards.getComponentCount() == 0) {
            add(new Paragraph(getTranslation("incubation.mine.none")));
        }
        add(cards);
    }

    private Div card(ProjectSummary project) {
        Anchor title = new Anchor("incubation/projects/" + project.id(), IncubationUi.text(project.title()));
        title.setId("my-project-" + project.id());
        Div card = new Div(new H3(title), IncubationUi.stageBadge(this, project.stage()),
                new Paragraph(IncubationUi.text(project.contestTitle())));
        card.addClassName("card");
        if (project.consent() == Consent.PENDING) {
            card.add(new Paragraph(getTranslation("incubation.mine.pending")));
        } else if (project.nextDue() != null) {
            card.add(new Paragraph(getTranslation(project.overdue() ? "incubation.mine.overdue"
                    : "incubation.mine.nextDue", IncubationUi.date(project.nextDue()))));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incubation.mine.title");
    }
}
