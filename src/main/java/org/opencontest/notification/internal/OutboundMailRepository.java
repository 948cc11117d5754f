package org.opencontest.notification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboundMailRepository extends JpaRepository<OutboundMail, Long> {

    boolean existsByRequestKeyAndCreatedAtAfter(String requestKey, Instant since);

    /** Ids of unsent mails whose next attempt is due, the longest-waiting first. */
    @Query("""
            select m.id from OutboundMail m
            where m.status <> org.opencontest.notification.internal.MailStatus.SENT and m.nextAttemptAt <= :now
            order by m.nextAttemptAt""")
    List<Long> findDueIds(Instant now, Pageable limit);

    /** Unsent mails that will be attempted again (permanent failures have no next attempt). */
    @Query("""
            select count(m) from OutboundMail m
            where m.status <> org.opencontest.notification.internal.MailStatus.SENT and m.nextAttemptAt is not null""")
    long countQueued();

    /** When the longest-waiting due mail became due; null when none is due. */
    @Query("""
            select min(m.nextAttemptAt) from OutboundMail m
            where m.status <> org.opencontest.notification.internal.MailStatus.SENT and m.nextAttemptAt <= :now""")
    Instant oldestDue(Instant now);

    /**
     * Takes a due mail for one delivery attempt by pushing its next attempt to {@code leaseUntil}. The update is
     * conditional, so of two dispatchers (threads or nodes) racing for the same mail exactly one gets 1 back; if
     * the claimer dies mid-send, the mail becomes due again when the lease runs out.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboundMail m set m.nextAttemptAt = :leaseUntil, m.version = m.version + 1
            where m.id = :id and m.status <> org.opencontest.notification.internal.MailStatus.SENT and m.nextAttemptAt <= :now""")
    int claim(long id, Instant now, Instant leaseUntil);

    @Query("""
            select new org.opencontest.notification.internal.MailSummary(m.id, m.createdAt, m.recipient, m.subject, m.status,
                m.attempts)
            from OutboundMail m
            where m.status in :statuses and lower(m.recipient) like :recipientPattern escape '\\'
            order by m.createdAt desc, m.id desc""")
    List<MailSummary> findSummaries(Collection<MailStatus> statuses, String recipientPattern, Pageable page);

    @Query("""
            select count(m) from OutboundMail m
            where m.status in :statuses and lower(m.recipient) like :recipientPattern escape '\\'""")
    long countMatching(Collection<MailStatus> statuses, String recipientPattern);

    @Query("select m.status as status, count(m) as mails from OutboundMail m group by m.status")
    List<StatusCount> countByStatus();

    interface StatusCount {
        MailStatus getStatus();

        long getMails();
    }
}
