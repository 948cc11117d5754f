package org.opencontest.contest.internal;

import java.time.Instant;
import java.util.Date;
import java.util.Locale;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;

import org.opencontest.contest.CalendarWindow;
import org.opencontest.contest.ContestCalendarWindows;
import org.opencontest.contest.ContestPage;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.shared.net.PublicBaseUrl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The timeline as an iCalendar file: one event per phase in UTC, and one per window other modules add (the stages of
 * a staged contest), each with a UID that stays the same across downloads (so calendar apps update rather than
 * duplicate it when dates move).
 */
@Component
public class ContestCalendar {

    private final MessageSource messages;
    private final PublicBaseUrl baseUrl;
    /** Looked up when a feed is built: the contributing modules depend on the contest service this class serves. */
    private final ObjectProvider<ContestCalendarWindows> contributions;

    ContestCalendar(MessageSource messages, PublicBaseUrl baseUrl,
                    ObjectProvider<ContestCalendarWindows> contributions) {
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.contributions = contributions;
    }

    public String build(ContestPage contest, Locale locale, Instant now) {
        String title = contest.title().in(locale);
        String pageUrl = baseUrl.link("/contests/" + contest.slug());
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//OpenContest//Contest timeline//EN");
        calendar.setName(title);
        for (PhaseWindow phase : contest.timeline().phases()) {
            VEvent event = new VEvent();
            event.setUid(uid(contest.id(), phase));
            event.setDateTimeStamp(Date.from(now));
            event.setDateStart(Date.from(phase.opens()), true);
            event.setDateEnd(Date.from(phase.closes()), true);
            event.setSummary(messages.getMessage("contest.ics.summary",
                    new Object[] {title, phase.kind()}, locale));
            event.setDescription(messages.getMessage("contest.ics.description",
                    new Object[] {phase.kind(), title, pageUrl}, locale));
            event.setUrl(pageUrl);
            calendar.addEvent(event);
        }
        for (ContestCalendarWindows contribution : contributions.orderedStream().toList()) {
            for (CalendarWindow window : contribution.windows(contest)) {
                calendar.addEvent(event(contest, window, locale, now));
            }
        }
        return Biweekly.write(calendar).go();
    }

    /** An invitation: a calendar with the one event {@code window} of the contest (e.g. a team's pitch slot). */
    public String invitation(ContestPage contest, CalendarWindow window, Locale locale, Instant now) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//OpenContest//Contest timeline//EN");
        calendar.setName(contest.title().in(locale));
        calendar.addEvent(event(contest, window, locale, now));
        return Biweekly.write(calendar).go();
    }

    private VEvent event(ContestPage contest, CalendarWindow window, Locale locale, Instant now) {
        String title = contest.title().in(locale);
        String pageUrl = baseUrl.link("/contests/" + contest.slug());
        String name = window.name().in(locale);
        VEvent event = new VEvent();
        event.setUid("contest-" + contest.id() + "-" + window.key() + "@opencontest");
        event.setDateTimeStamp(Date.from(now));
        event.setDateStart(Date.from(window.opens()), true);
        event.setDateEnd(Date.from(window.closes()), true);
        event.setSummary(messages.getMessage("contest.ics.summary", new Object[] {title, name}, locale));
        event.setDescription(messages.getMessage("contest.ics.description", new Object[] {name, title, pageUrl},
                locale));
        event.setUrl(pageUrl);
        if (window.location() != null) {
            event.setLocation(window.location());
        }
        return event;
    }

    static String uid(long contestId, PhaseWindow phase) {
        return "contest-" + contestId + "-" + phase.kind().name().toLowerCase(Locale.ROOT) + "@opencontest";
    }
}
