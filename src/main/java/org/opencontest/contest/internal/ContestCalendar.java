package org.opencontest.contest.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opencontest.contest.CalendarWindow;
import org.opencontest.contest.ContestCalendarWindows;
import org.opencontest.contest.ContestPage;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.shared.net.PublicBaseUrl;
import org.opencontest.shared.time.CalendarFile;
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
        List<CalendarFile.Event> events = new ArrayList<>();
        for (PhaseWindow phase : contest.timeline().phases()) {
            events.add(new CalendarFile.Event(uid(contest.id(), phase), phase.opens(), phase.closes(),
                    messages.getMessage("contest.ics.summary", new Object[] {title, phase.kind()}, locale),
                    messages.getMessage("contest.ics.description", new Object[] {phase.kind(), title, pageUrl},
                            locale), pageUrl, null));
        }
        for (ContestCalendarWindows contribution : contributions.orderedStream().toList()) {
            for (CalendarWindow window : contribution.windows(contest)) {
                events.add(event(contest, window, locale));
            }
        }
        return CalendarFile.write("-//OpenContest//Contest timeline//EN", title, now, events);
    }

    /** An invitation: a calendar with the one event {@code window} of the contest (e.g. a team's pitch slot). */
    public String invitation(ContestPage contest, CalendarWindow window, Locale locale, Instant now) {
        return CalendarFile.write("-//OpenContest//Contest timeline//EN", contest.title().in(locale), now,
                List.of(event(contest, window, locale)));
    }

    private CalendarFile.Event event(ContestPage contest, CalendarWindow window, Locale locale) {
        String title = contest.title().in(locale);
        String pageUrl = baseUrl.link("/contests/" + contest.slug());
        String name = window.name().in(locale);
        return new CalendarFile.Event("contest-" + contest.id() + "-" + window.key() + "@opencontest",
                window.opens(), window.closes(),
                messages.getMessage("contest.ics.summary", new Object[] {title, name}, locale),
                messages.getMessage("contest.ics.description", new Object[] {name, title, pageUrl}, locale),
                pageUrl, window.location());
    }

    static String uid(long contestId, PhaseWindow phase) {
        return "contest-" + contestId + "-" + phase.kind().name().toLowerCase(Locale.ROOT) + "@opencontest";
    }
}
