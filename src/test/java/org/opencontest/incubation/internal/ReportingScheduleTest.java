package org.opencontest.incubation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.opencontest.incubation.Cadence;
import org.opencontest.incubation.ReportingPeriod;

class ReportingScheduleTest {

    @Test
    void monthlyPeriodsFollowFromTheStartAndAreDueTenDaysAfterTheirEnd() {
        ReportingSchedule schedule = new ReportingSchedule(Cadence.MONTHLY, LocalDate.of(2026, 1, 15));

        assertThat(schedule.period(0)).isEqualTo(new ReportingPeriod(LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 24)));
        assertThat(schedule.period(1).start()).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(schedule.period(11).end()).isEqualTo(LocalDate.of(2027, 1, 14));
    }

    @Test
    void quarterlyPeriodsFromAMonthEndClampWithoutDrifting() {
        ReportingSchedule schedule = new ReportingSchedule(Cadence.QUARTERLY, LocalDate.of(2026, 1, 31));

        assertThat(schedule.period(0).end()).isEqualTo(LocalDate.of(2026, 4, 29));
        assertThat(schedule.period(1).start()).isEqualTo(LocalDate.of(2026, 4, 30));
        // each period is computed from the start, so February's clamp does not carry into later periods
        assertThat(schedule.period(3).start()).isEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    void onlyEndedPeriodsCanBeReported() {
        ReportingSchedule schedule = new ReportingSchedule(Cadence.MONTHLY, LocalDate.of(2026, 1, 1));

        assertThat(schedule.endedBy(LocalDate.of(2026, 1, 31))).isEmpty();
        assertThat(schedule.endedBy(LocalDate.of(2026, 2, 1))).extracting(ReportingPeriod::start)
                .containsExactly(LocalDate.of(2026, 1, 1));
        assertThat(schedule.endedBy(LocalDate.of(2026, 4, 10))).hasSize(3);
    }

    @Test
    void theNextPeriodFollowsTheLastOneReportedAsInHypha() {
        ReportingSchedule schedule = new ReportingSchedule(Cadence.QUARTERLY, LocalDate.of(2026, 1, 1));

        assertThat(schedule.nextAfter(null)).isEqualTo(schedule.period(0));
        assertThat(schedule.nextAfter(schedule.period(2))).isEqualTo(schedule.period(3));
        assertThat(schedule.periodStarting(LocalDate.of(2026, 7, 1))).contains(schedule.period(2));
        assertThat(schedule.periodStarting(LocalDate.of(2026, 7, 2))).isEmpty();
        assertThat(schedule.periodStarting(LocalDate.of(2025, 12, 1))).isEmpty();
    }
}
