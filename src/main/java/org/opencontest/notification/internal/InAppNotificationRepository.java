package org.opencontest.notification.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InAppNotificationRepository extends JpaRepository<InAppNotification, Long> {

    boolean existsByUserIdAndRequestKey(long userId, String requestKey);

    /** A page of the user's notifications, newest first, in one query. */
    @Query("""
            select new org.opencontest.notification.internal.NotificationRow(
                n.id, n.category, n.title, n.summary, n.link, n.createdAt, n.readAt)
            from InAppNotification n where n.userId = :userId order by n.createdAt desc, n.id desc""")
    List<NotificationRow> page(long userId, Pageable page);

    long countByUserId(long userId);

    long countByUserIdAndReadAtIsNull(long userId);

    @Modifying
    @Query("update InAppNotification n set n.readAt = :now where n.id = :id and n.userId = :userId and n.readAt is null")
    int markRead(long id, long userId, Instant now);

    @Modifying
    @Query("update InAppNotification n set n.readAt = :now where n.userId = :userId and n.readAt is null")
    int markAllRead(long userId, Instant now);

    boolean existsByIdAndUserId(long id, long userId);

    /** Users with notifications waiting for their digest that arrived before {@code until}. */
    @Query("select distinct n.userId from InAppNotification n where n.digestDue = true and n.createdAt < :until")
    List<Long> usersWithDigestDue(Instant until);

    @Query("""
            select n from InAppNotification n where n.userId = :userId and n.digestDue = true and n.createdAt < :until
            order by n.createdAt, n.id""")
    List<InAppNotification> digestDue(long userId, Instant until);
}
