package org.opencontest.incubation.ui;

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
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.opencontest.incubation.internal.KpiKind;
import org.opencontest.incubation.internal.Showcase;

/** The public showcase of incubated projects: only what each team agreed to publish. */
@Route("showcase")
@AnonymousAllowed
@Menu(title = "nav.incubation.showcase", order = 15, icon = "vaadin:rocket")
public class ShowcaseView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final transient Showcase showcase;

    public ShowcaseView(Showcase showcase) {
        this.showcase = showcase;
        setId("showcase");
        addClassName("page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new H1(getTranslation("incubation.showcase.title")),
                new Paragraph(getTranslation("incubation.showcase.intro")));
        Div cards = new Div();
        cards.addClassName("card-grid");
        cards.setId("showcase-projects");
        for (Showcase.Entry entry : showcase.entries()) {
            Div card = new Div(new H3(IncubationUi.text(entry.title())), IncubationUi.stageBadge(this, entry.stage()),
                    new Paragraph(getTranslation("incubation.showcase.team", entry.teamName(),
                            IncubationUi.text(entry.contestTitle()))));
            card.addClassName("card");
            card.setId("showcase-" + entry.id());
            if (entry.award() != null) {
                Span award = new Span(IncubationUi.text(entry.award()));
                award.addClassName("muted");
                card.add(new Div(award));
            }
            if (entry.summary() != null) {
                card.add(new Paragraph(entry.summary()));
            }
            if (entry.kpis() != null) {
                card.add(new Paragraph(getTranslation("incubation.showcase.kpis",
                        IncubationUi.number(KpiKind.EMPLOYEES.of(entry.kpis())),
                        IncubationUi.number(KpiKind.ACTIVE_USERS.of(entry.kpis())))));
            }
            cards.add(card);
        }
        if (cards.getComponentCount() == 0) {
            add(new Paragraph(getTranslation("incubation.showcase.none")));
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incubation.showcase.title");
    }
}
