package org.opencontest.team.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.ContestStatus;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.team.TeamStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells teams still below their contest's minimum size that registration closes within {@link #AHEAD}, once per
 * team. Runs on one node at a time (ShedLock); a team is marked in the same transaction as its mails are requested,
 * so a crash never sends a reminder twice or loses one.
 */
@Component
public class ClosingSoonReminder {

    static final Duration AHEAD = Duration.ofHours(48);
    private static final Logger LOG = LoggerFactory.getLogger(ClosingSoonReminder.class);

    private final TeamRepository teams;
    private final Registrations registrations;
    private final ContestService contests;
    private final TeamMails mails;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ClosingSoonReminder(TeamRepository teams, Registrations registrations, ContestService contests, TeamMails mails,
                        Clock clock, TransactionTemplate transactions) {
        this.teams = teams;
        this.registrations = registrations;
        this.contests = contests;
        this.mails = mails;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${opencontest.team.reminder-interval:PT30M}", initialDelayString = "PT2M")
    @SchedulerLock(name = "team.closingSoonReminder", lockAtMostFor = "PT10M")
    public void runScheduled() {
        // through the template: this::remindTeamsBelowMinimum would skip the @Transactional proxy
        int reminded = SystemIdentity.call(() -> transactions.execute(status -> remindTeamsBelowMinimum()));
        if (reminded > 0) {
            LOG.info("Reminded {} teams below the minimum size that registration closes soon", reminded);
        }
    }

    /** Sends the due reminders; returns how many teams were reminded. */
    @Transactional
    public int remindTeamsBelowMinimum() {
        Instant now = clock.instant();
        int reminded = 0;
        for (long contestId : teams.findContestsWithUnremindedTeams()) {
            ContestPage contest = contests.page(contestId);
            PhaseWindow registration = contest.timeline().phase(PhaseKind.REGISTRATION).orElse(null);
            if (contest.status() != ContestStatus.PUBLISHED || registration == null
                    || !registration.isOpenAt(now) || registration.closes().isAfter(now.plus(AHEAD))) {
                continue;
            }
            for (Team team : teams.findByContestIdAndRemindedAtIsNullAndSoloFalse(contestId)) {
                boolean active = team.getStatus() == TeamStatus.PENDING || team.getStatus() == TeamStatus.APPROVED;
                if (active && team.getMemberCount() < contest.teamSizeMin()) {
                    mails.toMembers(registrations.teamMembers(team), team.getId(), "closing-soon",
                            Map.of("team", team.getName(), "count", Integer.toString(team.getMemberCount()),
                                    "minimum", Integer.toString(contest.teamSizeMin())),
                            locale -> Map.of("contest", contest.title().in(locale),
                                    "closes", DateTimes.format(registration.closes(), contest.zone(), locale)));
                    team.markReminded(now);
                    reminded++;
                }
            }
        }
        return reminded;
    }
}
