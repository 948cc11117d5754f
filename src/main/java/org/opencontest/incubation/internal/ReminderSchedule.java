package org.opencontest.incubation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    private ReminderSchedule() {
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
