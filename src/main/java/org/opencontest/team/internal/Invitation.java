package org.opencontest.team.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** An invitation mailed to an address; only the hash of its link's token is kept. */
@Entity
@Table(name = "team_invitation")
public class Invitation extends BaseEntity {

    public enum Status { OPEN, ACCEPTED, DECLINED, REVOKED }

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "contest_id", nullable = false)
    private long contestId;

    @Column(nullable = false)
    private String email;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "invited_by", nullable = false)
    private long invitedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "responded_by")
    private Long respondedBy;

    protected Invitation() {
    }

    public Invitation(Team team, String email, String tokenHash, long invitedBy, Instant now, Instant expiresAt) {
        this.teamId = team.getId();
        this.contestId = team.getContestId();
        this.email = email;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.status = Status.OPEN;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public long getTeamId() {
        return teamId;
    }

    public long getContestId() {
        return contestId;
    }

    public String getEmail() {
        return email;
    }

    public long getInvitedBy() {
        return invitedBy;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }
}
