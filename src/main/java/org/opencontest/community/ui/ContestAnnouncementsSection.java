package org.opencontest.community.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.opencontest.community.internal.Announcements;
import org.opencontest.community.internal.PublishedAnnouncement;
import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestPageSection;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.ViewerZone;
import org.springframework.core.annotation.Order;

/**
 * The contest page's announcements: pinned first, then newest first, in the viewer's language, dated in the viewer's
 * zone, with a link to the Atom feed. Left out while the contest has none.
 */
@org.springframework.stereotype.Component
@Order(0)
class ContestAnnouncementsSection implements ContestPageSection {

    private final Announcements announcements;

    ContestAnnouncementsSection(Announcements announcements) {
        this.announcements = announcements;
    }

    @Override
    public Optional<Component> render(ContestPage contest) {
        List<PublishedAnnouncement> published = announcements.published(contest.id());
        if (published.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        Div section = new Div(new H2(ui.getTranslation("community.section.title")));
        section.setId("contest-announcements");
        section.addClassName("contest-section");
        for (PublishedAnnouncement announcement : published) {
            Div item = new Div();
            item.setId("announcement-" + announcement.id());
            item.addClassName("announcement");
            H3 title = new H3(announcement.title().in(locale));
            if (announcement.pinned()) {
                Span pinned = new Span(ui.getTranslation("community.announcement.pinned"));
                pinned.getElement().getThemeList().add("badge contrast");
                pinned.addClassName("announcement-pinned");
                title.add(new Text(" "), pinned);
            }
            Paragraph when = new Paragraph(announcement.editedAt() == null
                    ? ui.getTranslation("community.section.published", inViewerZone(announcement.publishedAt(), locale))
                    : ui.getTranslation("community.section.publishedEdited",
                            inViewerZone(announcement.publishedAt(), locale),
                            inViewerZone(announcement.editedAt(), locale)));
            when.addClassName("muted");
            Div body = new Div();
            body.addClassName("markdown");
            // safe: rendered and sanitised by MarkdownRenderer (escaped input, cleaned with a jsoup safelist)
            body.getElement().setProperty("innerHTML", announcement.html().in(locale));
            item.add(title, when, body);
            section.add(item);
        }
        String lang = SupportedLocales.isChinese(locale) ? "zh" : "en";
        Anchor feed = new Anchor("contests/" + contest.slug() + "/announcements.atom?lang=" + lang,
                ui.getTranslation("community.section.feed"));
        feed.getElement().setAttribute("router-ignore", true);
        feed.addComponentAsFirst(VaadinIcon.RSS.create());
        feed.setId("announcements-feed");
        section.add(new Div(feed));
        return Optional.of(section);
    }

    /** A moment in the viewer's zone (profile, else browser), naming the zone. */
    private static String inViewerZone(Instant at, Locale locale) {
        ZoneId zone = ViewerZone.get();
        return DateTimes.format(at, zone, locale) + " (" + zone.getId() + ")";
    }
}
