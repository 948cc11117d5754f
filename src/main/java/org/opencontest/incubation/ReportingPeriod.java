package org.opencontest.incubation;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One reporting period of a project: from {@code start} to {@code end} inclusive; the check-in is due on
 * {@code due}, a few days after the period ends (days in the contest's zone).
 */
public record ReportingPeriod(LocalDate start, LocalDate end, LocalDate due) implements Serializable {

    public boolean hasEndedBy(LocalDate today) {
        return end.isBefore(today);
    }

    public boolean isOverdueOn(LocalDate today) {
        return due.isBefore(today);
    }
}
