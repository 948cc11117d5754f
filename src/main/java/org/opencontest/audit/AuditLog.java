package org.opencontest.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;

import org.opencontest.audit.internal.AuditChainHead;
import org.opencontest.audit.internal.AuditChainHeadRepository;
import org.opencontest.audit.internal.AuditEntry;
import org.opencontest.audit.internal.AuditEntryRepository;
import org.opencontest.shared.hash.HashChain;
import org.opencontest.shared.persistence.LikePatterns;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail. Recording joins the caller's transaction, so an entry exists exactly when the audited change
 * was committed. Appends are serialised by a row lock on the chain head; keep audited transactions short.
 */
@Service
public class AuditLog {

    static final int MAX_SUBJECT = 500;
    static final int MAX_DETAILS = 4000;
    private static final int MAX_ACTION = 100;

    private final AuditEntryRepository entries;
    private final AuditChainHeadRepository heads;
    private final EntityManager entityManager;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, AuditChainHeadRepository heads, EntityManager entityManager, Clock clock) {
        this.entries = entries;
        this.heads = heads;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Records an action by the current user (or by nobody, for anonymous callers). Open to every caller because
     * modules record on behalf of whoever triggered the action; views never call it directly.
     *
     * @param action  a stable code such as {@code account.role.granted}
     * @param subject what the action was about, e.g. an e-mail address or {@code contest:42}
     */
    @PermitAll
    @Transactional
    public void record(String action, String subject, String details) {
        record(CurrentUser.get().map(AuditActor::of).orElse(AuditActor.ANONYMOUS), action, subject, details);
    }

    /** Records an action with an explicit actor, for events that happen before a security context exists. */
    @PermitAll
    @Transactional
    public void record(AuditActor actor, String action, String subject, String details) {
        Objects.requireNonNull(actor, "actor");
        AuditChainHead head = heads.lockHead();
        // The database keeps microseconds; hash exactly what will be read back.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = entries.save(AuditEntry.chained(head.getLastHash(), at, actor,
                clip(Objects.requireNonNull(action, "action"), MAX_ACTION),
                clip(Objects.requireNonNullElse(subject, ""), MAX_SUBJECT),
                details == null ? null : clip(details, MAX_DETAILS)));
        head.advanceTo(entry);
    }

    /**
     * Recomputes every hash up to the current chain head. Entries appended while verifying are left for the next
     * run; a deleted newest entry is caught because the head still points at its hash.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public ChainVerification verifyChain() {
        AuditChainHead head = heads.head();
        long upToId = head.getLastEntryId() == null ? 0 : head.getLastEntryId();
        HashChain.Walk walk = HashChain.FIELD_JOINED.walk();
        long afterId = 0;
        List<AuditEntry> batch;
        while (!(batch = entries.findTop500ByIdGreaterThanAndIdLessThanEqualOrderByIdAsc(afterId, upToId)).isEmpty()) {
            for (AuditEntry entry : batch) {
                if (!walk.next(entry.toLink())) {
                    return ChainVerification.of(walk.result());
                }
                afterId = entry.getId();
            }
            entityManager.clear();
        }
        return ChainVerification.of(walk.endAt(upToId, head.getLastHash()));
    }

    /** Newest entries first, filtered by a text found in the action, subject, actor e-mail or details. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Slice<AuditRecord> search(String text, Pageable pageable) {
        return entries.search(LikePatterns.contains(text), Pageable.ofSize(pageable.getPageSize())
                .withPage(pageable.getPageNumber())).map(AuditEntry::toRecord);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
