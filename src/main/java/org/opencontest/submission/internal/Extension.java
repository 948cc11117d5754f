package org.opencontest.submission.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** A later deadline for one team, granted by an organiser with a reason (and an audit entry). */
@Entity
@Table(name = "submission_extension")
public class Extension extends BaseEntity {

    @Column(name = "contest_id", nullable = false, updatable = false)
    private long contestId;
    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;
    @Column(name = "until_at", nullable = false)
    private Instant until;
    @Column(nullable = false)
    private String reason;
    @Column(name = "granted_by", nullable = false)
    private long grantedBy;
    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected Extension() {
    }

    public Extension(long contestId, long teamId) {
        this.contestId = contestId;
        this.teamId = teamId;
    }

    public void grant(Instant until, String reason, long grantedBy, Instant now) {
        this.until = until;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = now;
    }

    public long getContestId() {
        return contestId;
    }

    public long getTeamId() {
        return teamId;
    }

    public Instant getUntil() {
        return until;
    }

    public String getReason() {
        return reason;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
