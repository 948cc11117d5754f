package org.opencontest.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row that points at the newest audit entry; appends lock it to stay in order. */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_entry_id")
    private Long lastEntryId;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected AuditChainHead() {
    }

    public void advanceTo(AuditEntry entry) {
        this.lastEntryId = entry.getId();
        this.lastHash = entry.getHash();
    }

    public Long getLastEntryId() {
        return lastEntryId;
    }

    public String getLastHash() {
        return lastHash;
    }
}
