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
import org.opencontest.shared.hash.CanonicalFields;
import org.opencontest.shared.hash.HashChain;

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
        entry.hash = HashChain.FIELD_JOINED.hash(prevHash, entry.canonicalEntry());
        return entry;
    }

    /** The entry as a link of the audit chain, positioned by its id. */
    public HashChain.Link toLink() {
        return new HashChain.Link(id, prevHash, canonicalEntry(), hash);
    }

    /** Every field but the previous hash, which the chain puts first. */
    private String canonicalEntry() {
        return CanonicalFields.of(at, actorId, actorEmail, action, subject, details);
    }

    public AuditRecord toRecord() {
        return new AuditRecord(id, at, actorId, actorEmail, action, subject, details);
    }

    public Long getId() {
        return id;
    }

    public String getHash() {
        return hash;
    }
}
