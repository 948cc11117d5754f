package org.opencontest.incubation.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An address invited into an incubator organisation; open until its owner accepts it. */
@Entity
@Table(name = "incubator_invitation")
public class IncubatorInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "org_id", nullable = false)
    private long orgId;

    @Column(nullable = false)
    private String email;

    @Column(name = "invited_by", nullable = false)
    private long invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "accepted_by")
    private Long acceptedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected IncubatorInvitation() {
    }

    public IncubatorInvitation(long orgId, String email, long invitedBy, Instant invitedAt) {
        this.orgId = orgId;
        this.email = email;
        this.invitedBy = invitedBy;
        this.invitedAt = invitedAt;
    }

    public void accept(long userId, Instant at) {
        this.acceptedBy = userId;
        this.acceptedAt = at;
    }

    public boolean isOpen() {
        return acceptedAt == null;
    }

    public long getId() {
        return id;
    }

    public long getOrgId() {
        return orgId;
    }

    public String getEmail() {
        return email;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }
}
