package org.opencontest.account.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;
import org.opencontest.shared.security.Role;

/** A user's request for a global role, pending until an administrator approves or declines it. */
@Entity
@Table(name = "role_request")
public class RoleRequest extends BaseEntity {

    /** Marks the one pending request per user and role; decided requests drop it (see V130). */
    private static final short PENDING_SLOT = 1;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private String organisation;

    @Column(nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoleRequestStatus status;

    @Column(name = "open_slot")
    private Short openSlot;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decision_reason")
    private String decisionReason;

    protected RoleRequest() {
    }

    public RoleRequest(long userId, Role role, String organisation, String reason, Instant createdAt) {
        this.userId = userId;
        this.role = role;
        this.organisation = organisation;
        this.reason = reason;
        this.status = RoleRequestStatus.PENDING;
        this.openSlot = PENDING_SLOT;
        this.createdAt = createdAt;
    }

    public void decide(RoleRequestStatus decision, long adminId, String why, Instant at) {
        this.status = decision;
        this.openSlot = null;
        this.decidedBy = adminId;
        this.decisionReason = why;
        this.decidedAt = at;
    }

    public long getUserId() {
        return userId;
    }

    public Role getRole() {
        return role;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getReason() {
        return reason;
    }

    public RoleRequestStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
