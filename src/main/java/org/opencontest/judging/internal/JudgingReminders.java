package org.opencontest.judging.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.opencontest.shared.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds judges with open sheets that a round's judging deadline is near: 48 hours and 24 hours before it, each
 * at most once per judge and round. The sent reminder is recorded in the same transaction as the mail request, and
 * the job runs on one node at a time (ShedLock), so neither a second node nor a second run sends it again. A judge
 * first reached inside 24 hours gets only the 24-hour reminder.
 */
@Component
public class JudgingReminders {

    /** Reminder names and how long before the deadline they go, the earliest first. */
    static final List<Reminder> REMINDERS = List.of(new Reminder("48h", Duration.ofHours(48)),
            new Reminder("24h", Duration.ofHours(24)));
    private static final Logger LOG = LoggerFactory.getLogger(JudgingReminders.class);

    private final JudgingRoundRepository rounds;
    private final AssignmentRepository assignments;
    private final SentReminderRepository sent;
    private final AssignmentMails mails;
    private final Clock clock;
    private final TransactionTemplate transactions;

    JudgingReminders(JudgingRoundRepository rounds, AssignmentRepository assignments, SentReminderRepository sent,
            AssignmentMails mails, Clock clock, TransactionTemplate transactions) {
        this.rounds = rounds;
        this.assignments = assignments;
        this.sent = sent;
        this.mails = mails;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${opencontest.judging.reminder-interval:PT30M}", initialDelayString = "PT3M")
    @SchedulerLock(name = "judging.deadlineReminders", lockAtMostFor = "PT10M")
    public void runScheduled() {
        // through the template: this::remindJudges would skip the @Transactional proxy
        int reminded = SystemIdentity.call(() -> transactions.execute(status -> remindJudges()));
        if (reminded > 0) {
            LOG.info("Reminded {} judge(s) of a judging deadline", reminded);
        }
    }

    /** Sends the due reminders; returns how many mails were requested. */
    @Transactional
    public int remindJudges() {
        Instant now = clock.instant();
        int reminded = 0;
        Duration earliest = REMINDERS.get(0).before();
        for (JudgingRound round : rounds.findByJudgingDeadlineBetweenOrderById(now, now.plus(earliest))) {
            Reminder due = null;
            for (Reminder reminder : REMINDERS) {
                if (!now.isBefore(round.getJudgingDeadline().minus(reminder.before()))) {
                    due = reminder;
                }
            }
            List<OpenSheets> toRemind = new ArrayList<>();
            for (OpenSheets open : assignments.openSheetsByJudge(round.getId())) {
                if (!sent.existsById(new SentReminder.Key(round.getId(), open.judgeId(), due.name()))) {
                    toRemind.add(open);
                }
                // the earlier reminders are past: mark them too, so none of them follows the later one
                for (Reminder reminder : REMINDERS.subList(0, REMINDERS.indexOf(due) + 1)) {
                    SentReminder.Key key = new SentReminder.Key(round.getId(), open.judgeId(), reminder.name());
                    if (!sent.existsById(key)) {
                        sent.save(new SentReminder(round.getId(), open.judgeId(), reminder.name(), now));
                    }
                }
            }
            if (!toRemind.isEmpty()) {
                mails.remind(round, toRemind, due.name());
                reminded += toRemind.size();
            }
        }
        return reminded;
    }

    record Reminder(String name, Duration before) {
    }
}
