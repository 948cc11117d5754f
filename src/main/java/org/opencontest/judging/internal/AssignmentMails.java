package org.opencontest.judging.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opencontest.account.UserDirectory;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestService;
import org.opencontest.notification.MailRequested;
import org.opencontest.shared.net.PublicBaseUrl;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.shared.time.DateTimes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails to judges about their assignments, in each judge's language (their account's, else English): "you were
 * assigned" once per new batch (assignments are marked notified in the same transaction, so a repeated call sends
 * nothing), and deadline reminders.
 */
@Component
public class AssignmentMails {

    private final AssignmentRepository assignments;
    private final JudgeRepository judges;
    private final UserDirectory users;
    private final ContestService contests;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String link;

    AssignmentMails(AssignmentRepository assignments, JudgeRepository judges, UserDirectory users,
            ContestService contests, ApplicationEventPublisher events, Clock clock,
            PublicBaseUrl baseUrl) {
        this.assignments = assignments;
        this.judges = judges;
        this.users = users;
        this.contests = contests;
        this.events = events;
        this.clock = clock;
        this.link = baseUrl.link("/judging");
    }

    /** Tells each judge with assignments in the round not yet announced how many they got. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notifyNewlyAssigned(JudgingRound round) {
        Instant now = clock.instant();
        Map<Long, List<Assignment>> byJudge = assignments.findByRoundIdAndNotifiedAtIsNullAndRecusedAtIsNull(
                round.getId()).stream().collect(Collectors.groupingBy(Assignment::getJudgeId, TreeMap::new,
                Collectors.toList()));
        if (byJudge.isEmpty()) {
            return;
        }
        send(round, byJudge.keySet().stream().toList(), "judging.assigned", judge -> Map.of(
                "count", Integer.toString(byJudge.get(judge.getId()).size()),
                // makes the mail unique per batch, so a later batch is not taken for a repeat
                "batch", now.toString()));
        byJudge.values().forEach(list -> list.forEach(assignment -> assignment.markNotified(now)));
    }

    /** Reminds the judges with open sheets in the round of its deadline. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void remind(JudgingRound round, List<OpenSheets> open, String reminder) {
        Map<Long, Long> counts = open.stream().collect(Collectors.toMap(OpenSheets::judgeId, OpenSheets::count));
        send(round, open.stream().map(OpenSheets::judgeId).toList(), "judging.reminder", judge -> Map.of(
                "count", Long.toString(counts.get(judge.getId())), "reminder", reminder));
    }

    private void send(JudgingRound round, List<Long> judgeIds, String template,
            Function<Judge, Map<String, String>> extra) {
        ContestEditState contest = SystemIdentity.call(() -> contests.edit(round.getContestId()));
        List<Judge> recipients = judges.findAllById(judgeIds);
        Map<String, Locale> locales = users.localesByEmail(recipients.stream().map(Judge::getEmail).toList());
        for (Judge judge : recipients) {
            Locale locale = locales.getOrDefault(judge.getEmail(), Locale.ENGLISH);
            Map<String, String> model = new TreeMap<>(extra.apply(judge));
            model.put("name", judge.toDetail().displayName());
            model.put("contest", contest.input().title().in(locale));
            model.put("round", round.toInput().name().in(locale));
            model.put("link", link);
            model.put("deadline", round.getJudgingDeadline() == null ? "-"
                    : DateTimes.format(round.getJudgingDeadline(), contest.input().zone(), locale));
            events.publishEvent(new MailRequested(judge.getEmail(), locale, template, model));
        }
    }
}
