package org.opencontest.incubation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.opencontest.incubation.ReportingPeriod;

/**
 * Which check-in reminder is due for one due date on a given day. For each due date a recipient gets at most the one
 * event that applies today (a clock that jumps past several steps sends the latest step, not all the missed ones);
 * the caller records what went out so each event is sent once per recipient.
 */
public final class ReminderSchedule {

    public static final int BEFORE_DAYS = 3;
    public static final int ESCALATE_AFTER_DAYS = 14;

    public enum Event {
        BEFORE_DUE, ON_DUE, OVERDUE, ESCALATION
    }

    /** A reminder event due for one period. */
    public record Due(ReportingPeriod period, Event event) {
    }

    private ReminderSchedule() {
    }

    /**
     * The events due now for every period not reported yet, "now" being the clock's day in the project's zone. Only
     * ended periods qualify: a period's due date lies after its end, so the window before it opens after the end.
     */
    public static List<Due> plan(ReportingSchedule schedule, Set<LocalDate> reportedStarts, Clock clock, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<Due> due = new ArrayList<>();
        for (ReportingPeriod period : schedule.endedBy(today)) {
            if (!reportedStarts.contains(period.start())) {
                due(period.due(), today).forEach(event -> due.add(new Due(period, event)));
            }
        }
        return due;
    }

    /** The event for the team on {@code today}; none before the reminder window opens. */
    public static List<Event> due(LocalDate dueDate, LocalDate today) {
        List<Event> events = new ArrayList<>(2);
        if (today.isBefore(dueDate.minusDays(BEFORE_DAYS))) {
            return events;
        }
        if (today.isBefore(dueDate)) {
            events.add(Event.BEFORE_DUE);
        } else if (today.equals(dueDate)) {
            events.add(Event.ON_DUE);
        } else {
            events.add(Event.OVERDUE);
        }
        if (!today.isBefore(dueDate.plusDays(ESCALATE_AFTER_DAYS))) {
            events.add(Event.ESCALATION);
        }
        return events;
    }
}
