package org.opencontest.judging.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.PublishedResults;
import org.opencontest.judging.internal.GalleryEntry;
import org.opencontest.judging.internal.ResultsGallery;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.time.ZoneDisplay;
import org.opencontest.shared.ui.ViewerZone;

/**
 * The public winners gallery of a contest: award, team, title and abstract of each awarded entry, the aggregation
 * method declared before judging, and the latest hash of the judging log. Visitors need no account. Before the
 * results are published the page says so instead (the contest itself is public).
 */
@Route("contests/:slug/results")
@AnonymousAllowed
public class ResultsGalleryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PublishedResults results;
    private final transient ContestService contests;
    private String pageTitle = "";

    public ResultsGalleryView(PublishedResults results, ContestService contests) {
        this.results = results;
        this.contests = contests;
        addClassName("page");
        setId("results-gallery");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        ContestPage contest;
        try {
            contest = contests.page(slug);
        } catch (NotFoundException unknownOrHidden) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        removeAll();
        Locale locale = getLocale();
        pageTitle = getTranslation("judging.results.gallery.pageTitle", contest.title().in(locale));
        H1 heading = new H1(getTranslation("judging.results.gallery.title", contest.title().in(locale)));
        Anchor back = new Anchor("contests/" + contest.slug(), getTranslation("judging.results.gallery.contestLink"));
        back.setId("results-contest-link");
        add(heading, back);
        if (!results.isPublished(contest.id())) {
            Paragraph notYet = new Paragraph(getTranslation("judging.results.gallery.notPublished"));
            notYet.setId("results-not-published");
            add(notYet);
            return;
        }
        render(results.gallery(slug), locale);
    }

    private void render(ResultsGallery gallery, Locale locale) {
        Paragraph published = new Paragraph(getTranslation("judging.results.gallery.publishedAt", String.join(" / ",
                ZoneDisplay.format(gallery.publishedAt(), gallery.contest().zone(), ViewerZone.get(), locale))));
        published.addClassName("muted");
        Paragraph method = new Paragraph(gallery.method() == null ? getTranslation("judging.results.gallery.noMethod")
                : getTranslation("judging.results.gallery.method", MethodTexts.describe(this, gallery.method())));
        method.setId("results-method");
        Div cards = new Div();
        cards.addClassName("card-grid");
        cards.setId("results-winners");
        for (GalleryEntry entry : gallery.awards()) {
            cards.add(card(entry, locale));
        }
        if (gallery.awards().isEmpty()) {
            cards.add(new Paragraph(getTranslation("judging.results.gallery.noAwards")));
        }
        Span hash = new Span(getTranslation("judging.results.gallery.hash", gallery.latestHash()));
        hash.addClassNames("muted", "log-hash");
        hash.setId("results-hash");
        add(published, method, new H2(getTranslation("judging.results.gallery.winners")), cards, new Div(hash));
    }

    private Div card(GalleryEntry entry, Locale locale) {
        Span award = new Span(entry.award().in(locale));
        award.addClassName("award-name");
        Div card = new Div(award, new H3(entry.title().in(locale)),
                new Span(getTranslation("judging.results.gallery.team", entry.teamName())),
                new Paragraph(entry.summary().in(locale)));
        card.addClassNames("card", "award-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
