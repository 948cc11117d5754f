package org.opencontest.incubation;

import java.io.Serializable;

import org.opencontest.incubation.internal.CheckInStatus;

/**
 * A reporting period in a project's schedule with its check-in, if any.
 *
 * @param status   null while nobody has started the check-in
 * @param open     the period has started, so the team can report on it
 * @param overdue  due date passed without a submitted check-in
 */
public record PeriodRow(ReportingPeriod period, CheckInStatus status, Long checkInId, boolean open, boolean overdue)
        implements Serializable {
}
