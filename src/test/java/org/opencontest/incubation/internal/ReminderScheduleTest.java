package org.opencontest.incubation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opencontest.incubation.Cadence;
import org.opencontest.incubation.internal.ReminderSchedule.Due;
import org.opencontest.incubation.internal.ReminderSchedule.Event;

/** The reminder plan driven by a fixed clock, as the scheduled job sees it. */
class ReminderScheduleTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    // monthly from 1 January: January's check-in is due on 10 February
    static final ReportingSchedule MONTHLY = new ReportingSchedule(Cadence.MONTHLY, LocalDate.of(2026, 1, 1));

    static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void beforeOnAndAfterTheDueDateAndEscalationAfterTwoWeeks() {
        assertThat(events("2026-02-06T12:00:00Z")).isEmpty();
        assertThat(events("2026-02-07T12:00:00Z")).containsExactly(Event.BEFORE_DUE);
        assertThat(events("2026-02-10T01:00:00Z")).containsExactly(Event.ON_DUE);
        assertThat(events("2026-02-11T01:00:00Z")).containsExactly(Event.OVERDUE);
        assertThat(events("2026-02-23T12:00:00Z")).containsExactly(Event.OVERDUE);
        assertThat(events("2026-02-24T01:00:00Z")).containsExactly(Event.OVERDUE, Event.ESCALATION);
    }

    @Test
    void theDayIsTheProjectsDayNotUtcs() {
        // 9 February 17:00 UTC is already 10 February in Shanghai
        assertThat(events("2026-02-09T17:00:00Z")).containsExactly(Event.ON_DUE);
        assertThat(ReminderSchedule.plan(MONTHLY, Set.of(), at("2026-02-09T17:00:00Z"), ZoneOffset.UTC))
                .extracting(Due::event).containsExactly(Event.BEFORE_DUE);
    }

    @Test
    void aReportedPeriodGetsNoReminder() {
        assertThat(ReminderSchedule.plan(MONTHLY, Set.of(LocalDate.of(2026, 1, 1)), at("2026-02-11T01:00:00Z"),
                SHANGHAI)).isEmpty();
    }

    @Test
    void aClockJumpPastSeveralDueDatesSendsOneReminderPerDueDateAndRecipient() {
        Set<String> sent = new HashSet<>();
        List<String> mails = new ArrayList<>();
        // the job runs hourly; the clock jumps from January straight to 20 April (three due dates passed)
        for (String now : List.of("2026-01-20T00:00:00Z", "2026-04-20T00:00:00Z", "2026-04-20T01:00:00Z",
                "2026-04-21T00:00:00Z")) {
            for (Due due : ReminderSchedule.plan(MONTHLY, Set.of(), at(now), SHANGHAI)) {
                String key = due.period().due() + "/" + due.event();
                if (sent.add(key)) {
                    mails.add(key);
                }
            }
        }
        // Jan (due 10 Feb) and Feb (due 10 Mar): overdue and escalated; Mar (due 10 Apr): overdue only
        assertThat(mails).containsExactly("2026-02-10/OVERDUE", "2026-02-10/ESCALATION", "2026-03-10/OVERDUE",
                "2026-03-10/ESCALATION", "2026-04-10/OVERDUE");
    }

    private static List<Event> events(String now) {
        return ReminderSchedule.plan(MONTHLY, Set.of(), at(now), SHANGHAI).stream()
                .filter(due -> due.period().start().equals(LocalDate.of(2026, 1, 1))).map(Due::event).toList();
    }
}
