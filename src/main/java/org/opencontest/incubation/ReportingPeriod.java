package org.opencontest.incubation;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One reporting period of a project: from {@code start} to {@code end} inclusive; the check-in is due on
 * {@code due}, a few days after the period ends (days in the contest's zone).
 */
public record ReportingPeriod(LocalDate start, LocalDate end, LocalDate due) implements Serializable {

    /** The check-in window opens with the period: a new project's team reports from its first day, not a month on. */
    public boolean hasStartedBy(LocalDate today) {
        return !start.isAfter(today);
    }

    public boolean hasEndedBy(LocalDate today) {
        return end.isBefore(today);
    }

    public boolean isOverdueOn(LocalDate today) {
        return due.isBefore(today);
    }
}
