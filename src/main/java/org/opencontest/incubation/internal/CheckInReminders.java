package org.opencontest.incubation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.team.TeamMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate transactions;

    CheckInReminders(ProjectRepository projects, CheckInRepository checkIns, ReminderRepository reminders,
                     IncubationMails mails, Clock clock, TransactionTemplate transactions) {
        this.projects = projects;
        this.checkIns = checkIns;
        this.reminders = reminders;
        this.mails = mails;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${opencontest.incubation.reminder-interval:PT1H}", initialDelayString = "PT3M")
    @SchedulerLock(name = "incubation.checkInReminders", lockAtMostFor = "PT20M")
    public void runScheduled() {
        // through the template: this::sendDue would skip the @Transactional proxy
        int sent = SystemIdentity.call(() -> transactions.execute(status -> sendDue()));
        if (sent > 0) {
            LOG.info("Sent {} check-in reminders", sent);
        }
    }

    /** Sends the reminders due now; returns how many mails were requested. */
    @Transactional
    public int sendDue() {
        int sent = 0;
        for (Project project : projects.findReporting()) {
            Set<LocalDate> reported = checkIns.findByProjectIdOrderByPeriodStartAsc(project.getId()).stream()
                    .filter(checkIn -> checkIn.getStatus() != CheckInStatus.DRAFT)
                    .map(CheckIn::getPeriodStart).collect(Collectors.toSet());
            List<TeamMember> team = null;
            for (ReminderSchedule.Due due : ReminderSchedule.plan(project.schedule(), reported, clock,
                    project.getZone())) {
                if (due.event() == ReminderSchedule.Event.ESCALATION) {
                    sent += escalate(project, due);
                } else {
                    team = team == null ? mails.teamOf(project) : team;
                    sent += remindTeam(project, due, team);
                }
            }
        }
        return sent;
    }

    private int escalate(Project project, ReminderSchedule.Due due) {
        int sent = 0;
        for (IncubatorMember incubator : mails.incubatorsOf(project)) {
            if (firstTime(project, due, incubator.getEmail())) {
                mails.send(incubator.getEmail(), incubator.getDisplayName(), incubator.getLocale(), project,
                        "escalation", model(due));
                sent++;
            }
        }
        return sent;
    }

    private int remindTeam(Project project, ReminderSchedule.Due due, List<TeamMember> team) {
        int sent = 0;
        String template = "reminder-" + due.event().name().toLowerCase(Locale.ROOT).replace('_', '-');
        for (TeamMember member : team) {
            if (firstTime(project, due, member.email())) {
                mails.send(member.email(), member.displayName(), member.locale(), project, template, model(due));
                sent++;
            }
        }
        return sent;
    }

    private static Map<String, String> model(ReminderSchedule.Due due) {
        return Map.of("period", due.period().start().toString(), "due", due.period().due().toString(),
                "event", due.event().name());
    }

    private boolean firstTime(Project project, ReminderSchedule.Due due, String to) {
        LocalDate dueDate = due.period().due();
        if (reminders.existsByProjectIdAndDueDateAndEventAndRecipient(project.getId(), dueDate, due.event(), to)) {
            return false;
        }
        reminders.save(new Reminder(project.getId(), dueDate, due.event(), to, clock.instant()));
        return true;
    }
}
