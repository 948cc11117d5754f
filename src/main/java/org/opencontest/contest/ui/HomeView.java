package org.opencontest.contest.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.opencontest.contest.ContestService;
import org.opencontest.contest.ContestSummary;
import org.opencontest.contest.PublicContests;

/** The front page: what OpenContest is, the contests running now (open phases first) and past contests. */
@Route("")
@AnonymousAllowed
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final transient ContestService contests;
    private final transient Clock clock;

    public HomeView(ContestService contests, Clock clock) {
        this.contests = contests;
        this.clock = clock;
        addClassName("page");
        setId("home-view");
    }

    /** Coming back to the page shows fresh lists (on the first visit, attaching triggers localeChange). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (isAttached()) {
            render();
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        removeAll();
        PublicContests lists = contests.publicContests();
        Instant now = clock.instant();
        ZoneId viewerZone = ContestTexts.viewerZone();

        Div hero = new Div(new H1(getTranslation("app.tagline")), new Paragraph(getTranslation("contest.home.intro")));
        hero.addClassName("hero");
        add(hero);
        add(section("home-current", "contest.home.current", "contest.home.noCurrent", lists.current(), now, viewerZone));
        add(section("home-past", "contest.home.past", "contest.home.noPast", lists.past(), now, viewerZone));
    }

    private Div section(String id, String titleKey, String emptyKey, List<ContestSummary> items, Instant now,
                        ZoneId viewerZone) {
        Div section = new Div(new H2(getTranslation(titleKey)));
        section.setId(id);
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(emptyKey));
            empty.addClassName("muted");
            section.add(empty);
            return section;
        }
        Div grid = new Div();
        grid.addClassName("card-grid");
        items.forEach(contest -> grid.add(card(contest, now, viewerZone)));
        section.add(grid);
        return section;
    }

    private Anchor card(ContestSummary contest, Instant now, ZoneId viewerZone) {
        Locale locale = getLocale();
        String title = contest.title().in(locale);
        Paragraph summary = new Paragraph(contest.summary().in(locale));
        summary.addClassName("contest-card-summary");
        Span deadline = new Span(ContestTexts.nextDeadline(this, contest.timeline(), now, viewerZone));
        deadline.addClassName("muted");
        Div body = new Div(new H3(title), summary, ContestTexts.stageBadge(this, contest.timeline(), now), deadline);
        body.addClassName("contest-card-body");
        Anchor card = new Anchor("contests/" + contest.slug(),
                ContestTexts.cover(this, contest.coverPath(), title, contest.theme().in(locale)), body);
        card.addClassNames("card", "contest-card");
        card.setId("contest-card-" + contest.slug());
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
