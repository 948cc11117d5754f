package org.opencontest.vote.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.opencontest.shared.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Opens planned people's-choice votes when their window starts (by the application clock), once across nodes
 * (ShedLock, like the other scheduled jobs). Each vote opens in its own transaction ({@link VoteDesk#openPlanned}), and
 * only while it still waits, so a second node or a cancellation at the same moment cannot open it twice.
 */
@Component
public class PlannedVotes {

    private static final Logger LOG = LoggerFactory.getLogger(PlannedVotes.class);

    private final VoteDesk desk;

    PlannedVotes(VoteDesk desk) {
        this.desk = desk;
    }

    @Scheduled(fixedDelayString = "${opencontest.vote.planned-interval:PT1M}",
            initialDelayString = "${opencontest.vote.planned-interval:PT1M}")
    @SchedulerLock(name = "vote.plannedVotes", lockAtMostFor = "PT10M")
    public void runScheduled() {
        openDue();
    }

    /** Opens (or gives up) every planned vote whose window has started; returns how many opened. */
    public int openDue() {
        return SystemIdentity.call(() -> {
            int opened = 0;
            for (long pollId : desk.plannedDue()) {
                try {
                    if (desk.openPlanned(pollId)) {
                        opened++;
                        LOG.info("Planned vote {} opened", pollId);
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Planned vote {} could not be opened now; the next run tries again", pollId, e);
                }
            }
            return opened;
        });
    }
}
