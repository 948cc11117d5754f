package org.opencontest.incubation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opencontest.incubation.Cadence;
import org.opencontest.incubation.ReportingPeriod;

/**
 * The reporting periods of a project, as grant tools like Hypha compute them: periods of the cadence's length follow
 * one another from the start date, and each check-in is due {@link #DUE_AFTER_DAYS} days after its period ends.
 * The next one due is the first period after the last one reported. Pure: "today" is passed in (a day in the
 * contest's zone, taken from the application clock by the caller).
 */
public record ReportingSchedule(Cadence cadence, LocalDate start) {

    public static final int DUE_AFTER_DAYS = 10;

    /** The {@code index}-th period (0 is the first). Month arithmetic clamps to month ends, e.g. from 31 January. */
    public ReportingPeriod period(int index) {
        LocalDate from = start.plusMonths((long) index * cadence.months());
        LocalDate to = start.plusMonths((long) (index + 1) * cadence.months()).minusDays(1);
        return new ReportingPeriod(from, to, to.plusDays(DUE_AFTER_DAYS));
    }

    /** Periods that have ended by {@code today}, oldest first: those a team can (and should) report on. */
    public List<ReportingPeriod> endedBy(LocalDate today) {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int i = 0; ; i++) {
            ReportingPeriod period = period(i);
            if (!period.hasEndedBy(today)) {
                return periods;
            }
            periods.add(period);
        }
    }

    /** The period starting on {@code periodStart}, if the schedule has one there. */
    public Optional<ReportingPeriod> periodStarting(LocalDate periodStart) {
        if (periodStart.isBefore(start)) {
            return Optional.empty();
        }
        for (int i = 0; ; i++) {
            ReportingPeriod period = period(i);
            if (period.start().equals(periodStart)) {
                return Optional.of(period);
            }
            if (period.start().isAfter(periodStart)) {
                return Optional.empty();
            }
        }
    }

    /**
     * The next period due after the last one reported ({@code lastReported} null: nothing reported yet). It may
     * lie in the future: then nothing is due yet.
     */
    public ReportingPeriod nextAfter(ReportingPeriod lastReported) {
        if (lastReported == null) {
            return period(0);
        }
        for (int i = 0; ; i++) {
            ReportingPeriod period = period(i);
            if (period.start().isAfter(lastReported.start())) {
                return period;
            }
        }
    }
}
