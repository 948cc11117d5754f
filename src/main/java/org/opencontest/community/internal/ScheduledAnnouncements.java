package org.opencontest.community.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.opencontest.shared.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled announcements when their time comes (by the application clock), once across nodes
 * (ShedLock). Each run publishes in one transaction with its mails, so a crash publishes and mails nothing twice;
 * an organiser publishing by hand at the same moment meets the optimistic version, and one of the two loses.
 */
@Component
public class ScheduledAnnouncements {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledAnnouncements.class);

    private final Announcements announcements;

    ScheduledAnnouncements(Announcements announcements) {
        this.announcements = announcements;
    }

    @Scheduled(fixedDelayString = "${opencontest.community.announcement-interval:PT1M}",
            initialDelayString = "${opencontest.community.announcement-interval:PT1M}")
    @SchedulerLock(name = "community.scheduledAnnouncements", lockAtMostFor = "PT10M")
    public void runScheduled() {
        int published = SystemIdentity.call(announcements::publishDue);
        if (published > 0) {
            LOG.info("Published {} scheduled announcements", published);
        }
    }
}
