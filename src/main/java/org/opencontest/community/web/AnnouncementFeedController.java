package org.opencontest.community.web;

import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.vaadin.flow.i18n.I18NProvider;

import org.opencontest.community.internal.AnnouncementFeed;
import org.opencontest.community.internal.Announcements;
import org.opencontest.community.internal.PublishedAnnouncement;
import org.opencontest.contest.ContestPage;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.net.PublicBaseUrl;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /contests/{slug}/announcements.atom[?lang=en|zh]}: a public contest's published announcements as an
 * Atom 1.0 feed (RFC 4287), permitted for anonymous readers in the security configuration.
 * <ul>
 *   <li><b>Language:</b> one language per feed, chosen by {@code lang}, else by {@code Accept-Language} (English
 *       when neither asks for Chinese), stated as {@code xml:lang} on the feed; a side left blank by the organiser
 *       falls back to the other language, as on the page. Feed readers that want both subscribe twice.</li>
 *   <li><b>Ids</b> are tag URIs ({@code tag:<host>,2026:announcement-<id>}) that never change with the title or
 *       language; {@code updated} is the last correction (else the publication), {@code published} the
 *       publication.</li>
 *   <li><b>Content</b> is the sanitised HTML of the page ({@code type="html"}, escaped), never the raw markdown.</li>
 *   <li>Drafts and scheduled announcements are not in it; unknown contests and contests that are not public
 *       (drafts, even for their organiser) answer 404.</li>
 * </ul>
 */
@RestController
class AnnouncementFeedController {

    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final Announcements announcements;
    private final PublicBaseUrl baseUrl;
    private final I18NProvider texts;
    private final Clock clock;

    AnnouncementFeedController(Announcements announcements, PublicBaseUrl baseUrl, I18NProvider texts, Clock clock) {
        this.announcements = announcements;
        this.baseUrl = baseUrl;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/contests/{slug}/announcements.atom")
    ResponseEntity<String> feed(@PathVariable String slug, @RequestParam(required = false) String lang,
                                Locale requestLocale) throws XMLStreamException {
        Locale locale = SupportedLocales.closest(lang == null || lang.isBlank() ? requestLocale
                : Locale.forLanguageTag(lang));
        AnnouncementFeed feed = announcements.feed(slug);
        return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.noCache())
                .body(atom(feed, locale));
    }

    private String atom(AnnouncementFeed feed, Locale locale) throws XMLStreamException {
        ContestPage contest = feed.contest();
        String page = baseUrl.link("/contests/" + contest.slug());
        String host = tagAuthority();
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM_NS);
        xml.writeAttribute("xml", XML_NS, "lang", SupportedLocales.isChinese(locale) ? "zh-CN" : "en");
        element(xml, "id", "tag:" + host + ",2026:contest-" + contest.id() + "-announcements");
        element(xml, "title", texts.getTranslation("community.feed.title", locale, contest.title().in(locale)));
        element(xml, "updated", instant(feed.entries().stream().map(PublishedAnnouncement::updated)
                .max(Comparator.naturalOrder()).orElse(clock.instant())));
        link(xml, "self", page + "/announcements.atom" + (SupportedLocales.isChinese(locale) ? "?lang=zh" : "?lang=en"));
        link(xml, "alternate", page);
        xml.writeStartElement("author");
        element(xml, "name", contest.title().in(locale));
        element(xml, "uri", page);
        xml.writeEndElement();
        element(xml, "generator", "OpenContest");
        for (PublishedAnnouncement entry : feed.entries()) {
            xml.writeStartElement("entry");
            element(xml, "id", "tag:" + host + ",2026:announcement-" + entry.id());
            element(xml, "title", entry.title().in(locale));
            element(xml, "published", instant(entry.publishedAt()));
            element(xml, "updated", instant(entry.updated()));
            link(xml, "alternate", page + "#announcement-" + entry.id());
            xml.writeStartElement("content");
            xml.writeAttribute("type", "html");
            xml.writeCharacters(entry.html().in(locale));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private String tagAuthority() {
        String host = URI.create(baseUrl.value()).getHost();
        return host == null || host.isBlank() ? "opencontest.local" : host;
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static String instant(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Void> notFound() {
        return ResponseEntity.notFound().build();
    }
}
