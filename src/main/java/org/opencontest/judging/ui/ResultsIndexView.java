package org.opencontest.judging.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.opencontest.contest.ContestSummary;
import org.opencontest.judging.PublishedResults;

/** Contests whose results are published, each linking to its winners gallery; in the navigation for everyone. */
@Route("results")
@AnonymousAllowed
@Menu(title = "nav.results", order = 20, icon = "vaadin:medal")
public class ResultsIndexView extends Div implements HasDynamicTitle {

    public ResultsIndexView(PublishedResults results) {
        addClassName("page");
        setId("results-index");
        add(new H1(getTranslation("judging.results.index.title")));
        Div list = new Div();
        list.setId("results-contests");
        for (ContestSummary contest : results.contestsWithResults()) {
            Anchor link = new Anchor("contests/" + contest.slug() + "/results", contest.title().in(getLocale()));
            link.setId("results-" + contest.slug());
            list.add(new Div(link));
        }
        if (list.getComponentCount() == 0) {
            list.add(new Paragraph(getTranslation("judging.results.index.none")));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("judging.results.index.title");
    }
}
