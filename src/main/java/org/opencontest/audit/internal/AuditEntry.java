package org.opencontest.audit.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.opencontest.audit.AuditActor;
import org.opencontest.audit.AuditRecord;

/** One link of the audit chain. Immutable: Hibernate never issues an UPDATE for it. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_email")
    private String actorEmail;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String subject;

    private String details;

    @Column(name = "prev_hash", nullable = false)
    private String prevHash;

    @Column(nullable = false)
    private String hash;

    protected AuditEntry() {
    }

    /** A new entry linked to {@code prevHash}; {@code at} must already have the database's (microsecond) precision. */
    public static AuditEntry chained(String prevHash, Instant at, AuditActor actor, String action, String subject,
                                     String details) {
        AuditEntry entry = new AuditEntry();
        entry.prevHash = prevHash;
        entry.at = at;
        entry.actorId = actor.id();
        entry.actorEmail = actor.email();
        entry.action = action;
        entry.subject = subject;
        entry.details = details;
        entry.hash = entry.computeHash();
        return entry;
    }

    /** Whether the stored hash still matches the stored content. */
    public boolean contentMatchesHash() {
        return hash.equals(computeHash());
    }

    private String computeHash() {
        return AuditHashes.hash(prevHash, at, actorId, actorEmail, action, subject, details);
    }

    public AuditRecord toRecord() {
        return new AuditRecord(id, at, actorId, actorEmail, action, subject, details);
    }

    public Long getId() {
        return id;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
