package org.opencontest.shared.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.parameter.ParticipationLevel;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;

/**
 * The one iCalendar writer (biweekly): the contest timeline feed and the demo-day invitations both use it. Events
 * are written in UTC, or in a reader's time zone ({@code TZID} with its {@code VTIMEZONE} rules around the events).
 */
public final class CalendarFile {

    /** An event with a UID that stays the same across downloads, so calendar apps update rather than duplicate it. */
    public record Event(String uid, Instant starts, Instant ends, String summary, String description, String url,
                        String location) {
    }

    /** Someone named in an invitation: the organiser who sends it or the attendee who receives it. */
    public record Person(String email, String name) {
    }

    private CalendarFile() {
    }

    /**
     * An invitation for one event as a mail carries it (iTIP {@code METHOD:REQUEST}, RFC 5546 and RFC 6047): the
     * event with its organiser and the one attendee the mail goes to, times in the attendee's {@code zone} (UTC when
     * null). {@code now} is the DTSTAMP: pass the moment of the invitation, not of rendering, so the same invitation
     * is the same text when its mail is requested again. No reply is asked for ({@code RSVP=FALSE}).
     */
    public static String request(String productId, Instant now, Event event, int sequence, Person organizer,
                                 Person attendee, ZoneId zone) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(productId);
        calendar.setMethod(Method.request());
        VEvent component = event(event, now);
        component.setSequence(sequence);
        Organizer from = new Organizer(organizer.name(), organizer.email());
        component.setOrganizer(from);
        Attendee to = new Attendee(attendee.name(), attendee.email());
        to.setParticipationLevel(ParticipationLevel.REQUIRED);
        to.setParticipationStatus(ParticipationStatus.NEEDS_ACTION);
        to.setRsvp(false);
        component.addAttendee(to);
        calendar.addEvent(component);
        if (zone != null) {
            calendar.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(zone),
                    timezone(zone, event.starts())));
        }
        return Biweekly.write(calendar).go();
    }

    /** The calendar in UTC. */
    public static String write(String productId, String name, Instant now, List<Event> events) {
        return write(productId, name, now, events, null);
    }

    /** The calendar with times in {@code zone} (UTC when null). */
    public static String write(String productId, String name, Instant now, List<Event> events, ZoneId zone) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(productId);
        calendar.setName(name);
        for (Event e : events) {
            calendar.addEvent(event(e, now));
        }
        if (zone != null && !events.isEmpty()) {
            calendar.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(zone),
                    timezone(zone, events.get(0).starts())));
        }
        return Biweekly.write(calendar).go();
    }

    private static VEvent event(Event e, Instant now) {
        VEvent event = new VEvent();
        event.setUid(e.uid());
        event.setDateTimeStamp(Date.from(now));
        event.setDateStart(Date.from(e.starts()), true);
        event.setDateEnd(Date.from(e.ends()), true);
        event.setSummary(e.summary());
        if (e.description() != null) {
            event.setDescription(e.description());
        }
        if (e.url() != null) {
            event.setUrl(e.url());
        }
        if (e.location() != null) {
            event.setLocation(e.location());
        }
        return event;
    }

    /** The zone's rules from a year before the first event: its offset then and every transition after it. */
    static VTimezone timezone(ZoneId zone, Instant around) {
        VTimezone component = new VTimezone(zone.getId());
        ZoneRules rules = zone.getRules();
        Instant from = around.minusSeconds(366L * 24 * 3600);
        ZoneOffset initial = rules.getOffset(from);
        StandardTime first = new StandardTime();
        first.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
        first.setTimezoneOffsetFrom(utc(initial));
        first.setTimezoneOffsetTo(utc(initial));
        component.addStandardTime(first);
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        ZoneOffsetTransition next = rules.nextTransition(from);
        while (next != null && next.getInstant().isBefore(around.plusSeconds(2L * 366 * 24 * 3600))) {
            transitions.add(next);
            next = rules.nextTransition(next.getInstant());
        }
        for (ZoneOffsetTransition transition : transitions) {
            var local = transition.getDateTimeBefore();
            DateTimeComponents start = new DateTimeComponents(local.getYear(), local.getMonthValue(),
                    local.getDayOfMonth(), local.getHour(), local.getMinute(), local.getSecond(), false);
            if (rules.isDaylightSavings(transition.getInstant())) {
                DaylightSavingsTime daylight = new DaylightSavingsTime();
                daylight.setDateStart(start);
                daylight.setTimezoneOffsetFrom(utc(transition.getOffsetBefore()));
                daylight.setTimezoneOffsetTo(utc(transition.getOffsetAfter()));
                component.addDaylightSavingsTime(daylight);
            } else {
                StandardTime standard = new StandardTime();
                standard.setDateStart(start);
                standard.setTimezoneOffsetFrom(utc(transition.getOffsetBefore()));
                standard.setTimezoneOffsetTo(utc(transition.getOffsetAfter()));
                component.addStandardTime(standard);
            }
        }
        return component;
    }

    private static UtcOffset utc(ZoneOffset offset) {
        return new UtcOffset(offset.getTotalSeconds() * 1000L);
    }
}
