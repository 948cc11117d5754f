package org.opencontest.incubation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.opencontest.incubation.CheckInStatus;
import org.opencontest.incubation.ReportingPeriod;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.team.TeamMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in reminders: to the team a few days before the due date, on it and once overdue; to the responsible
 * incubators {@value ReminderSchedule#ESCALATE_AFTER_DAYS} days after it. Each event goes to each recipient once per
 * due date: the row in {@code incubation_reminder} is written in the transaction that requests the mail (and its
 * unique key stops a second writer), and only the event that applies today is sent, so a clock that jumps past
 * several steps sends one reminder per due date, not a flood. Runs on one node at a time (ShedLock).
 */
@Component
public class CheckInReminders {

    private static final Logger LOG = LoggerFactory.getLogger(CheckInReminders.class);

    private final ProjectRepository projects;
    private final CheckInRepository checkIns;
    private final ReminderRepository reminders;
    private final IncubationMails mails;
    private final Clock clock;

    CheckInReminders(ProjectRepository projects, CheckInRepository checkIns, ReminderRepository reminders,
                     IncubationMails mails, Clock clock) {
        this.projects = projects;
        this.checkIns = checkIns;
        this.reminders = reminders;
        this.mails = mails;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${opencontest.incubation.reminder-interval:PT1H}", initialDelayString = "PT3M")
    @SchedulerLock(name = "incubation.checkInReminders", lockAtMostFor = "PT20M")
    public void runScheduled() {
        int sent = SystemIdentity.call(this::sendDue);
        if (sent > 0) {
            LOG.info("Sent {} check-in reminders", sent);
        }
    }

    /** Sends the reminders due now; returns how many mails were requested. */
    @Transactional
    public int sendDue() {
        int sent = 0;
        for (Project project : projects.findReporting()) {
            LocalDate today = LocalDate.now(clock.withZone(project.getZone()));
            Set<LocalDate> reported = checkIns.findByProjectIdOrderByPeriodStartAsc(project.getId()).stream()
                    .filter(checkIn -> checkIn.getStatus() != CheckInStatus.DRAFT)
                    .map(CheckIn::getPeriodStart).collect(Collectors.toSet());
            ReportingSchedule schedule = project.schedule();
            // periods whose reminder window has opened: ended ones, plus none still running (due comes after the end)
            for (ReportingPeriod period : schedule.endedBy(today)) {
                if (!reported.contains(period.start())) {
                    sent += remind(project, period, today);
                }
            }
        }
        return sent;
    }

    private int remind(Project project, ReportingPeriod period, LocalDate today) {
        int sent = 0;
        List<TeamMember> team = null;
        for (ReminderSchedule.Event event : ReminderSchedule.due(period.due(), today)) {
            Map<String, String> model = Map.of("period", period.start().toString(), "due", period.due().toString(),
                    "event", event.name());
            if (event == ReminderSchedule.Event.ESCALATION) {
                for (IncubatorMember incubator : mails.incubatorsOf(project)) {
                    if (firstTime(project, period, event, incubator.getEmail())) {
                        mails.send(incubator.getEmail(), incubator.getDisplayName(), incubator.getLocale(), project,
                                "escalation", model);
                        sent++;
                    }
                }
                continue;
            }
            team = team == null ? mails.teamOf(project) : team;
            for (TeamMember member : team) {
                if (firstTime(project, period, event, member.email())) {
                    mails.send(member.email(), member.displayName(), member.locale(), project,
                            "reminder-" + event.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), model);
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean firstTime(Project project, ReportingPeriod period, ReminderSchedule.Event event, String to) {
        if (reminders.existsByProjectIdAndDueDateAndEventAndRecipient(project.getId(), period.due(), event, to)) {
            return false;
        }
        reminders.save(new Reminder(project.getId(), period.due(), event, to, clock.instant()));
        return true;
    }
}
