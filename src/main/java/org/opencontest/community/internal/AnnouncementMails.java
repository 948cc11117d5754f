package org.opencontest.community.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opencontest.contest.ContestPage;
import org.opencontest.notification.MailRequested;
import org.opencontest.shared.net.PublicBaseUrl;
import org.opencontest.team.TeamMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The announcement mails, requested inside the publishing (or correcting) transaction so that the notification
 * outbox sends them exactly when it commits, each in the reader's language. A published announcement is mailed in
 * full (its markdown as plain text, cut at {@link #EXCERPT} characters, with the link to the contest page); an edit
 * after that sends only a short correction notice with the link. The model carries the announcement id and the
 * publication or edit instant, because identical requests within a day are sent once.
 */
@Component
class AnnouncementMails {

    /** The mail outbox takes events of about 9,000 characters; the rest of a long body is on the page. */
    static final int EXCERPT = 3000;

    private final ApplicationEventPublisher events;
    private final PublicBaseUrl baseUrl;

    AnnouncementMails(ApplicationEventPublisher events, PublicBaseUrl baseUrl) {
        this.events = events;
        this.baseUrl = baseUrl;
    }

    void published(ContestPage contest, Announcement announcement, List<TeamMember> readers) {
        for (TeamMember reader : readers) {
            Locale locale = reader.locale();
            send(reader, "announcement", contest, announcement, Map.of(
                    "body", excerpt(announcement.getBody().in(locale)),
                    "at", announcement.getPublishedAt().toString()));
        }
    }

    void corrected(ContestPage contest, Announcement announcement, List<TeamMember> readers) {
        for (TeamMember reader : readers) {
            send(reader, "announcement-corrected", contest, announcement,
                    Map.of("at", announcement.getEditedAfterPublishAt().toString()));
        }
    }

    private void send(TeamMember reader, String template, ContestPage contest, Announcement announcement,
                      Map<String, String> extra) {
        Locale locale = reader.locale();
        Map<String, String> model = new java.util.HashMap<>(extra);
        model.put("name", reader.displayName());
        model.put("contest", contest.title().in(locale));
        model.put("title", announcement.getTitle().in(locale));
        model.put("link", baseUrl.link("/contests/" + contest.slug()));
        model.put("announcementId", String.valueOf(announcement.getId()));
        events.publishEvent(new MailRequested(reader.email(), locale, "community." + template, model));
    }

    static String excerpt(String markdown) {
        return markdown.length() <= EXCERPT ? markdown : markdown.substring(0, EXCERPT).stripTrailing() + " …";
    }
}
