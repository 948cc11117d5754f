package org.opencontest.community.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnnouncementRepository extends JpaRepository<Announcement, Long> {

    /** The organiser's list: newest first. */
    List<Announcement> findByContestIdOrderByCreatedAtDescIdDesc(long contestId);

    /** What visitors see: pinned first, then newest published first. */
    List<Announcement> findByContestIdAndStatusOrderByPinnedDescPublishedAtDescIdDesc(long contestId,
                                                                                     AnnouncementStatus status);

    /** Scheduled announcements whose time has come, oldest due first. */
    List<Announcement> findTop100ByStatusAndPublishAtLessThanEqualOrderByPublishAtAscIdAsc(AnnouncementStatus status,
                                                                                          Instant now);
}
