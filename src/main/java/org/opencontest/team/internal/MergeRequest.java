package org.opencontest.team.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** One leader's proposal to merge their team into another; the other leader's acceptance carries it out. */
@Entity
@Table(name = "team_merge_request")
public class MergeRequest extends BaseEntity {

    public enum Status { OPEN, ACCEPTED, DECLINED, CANCELLED }

    @Column(name = "contest_id", nullable = false)
    private long contestId;

    @Column(name = "from_team_id", nullable = false)
    private long fromTeamId;

    @Column(name = "to_team_id", nullable = false)
    private long toTeamId;

    @Column(name = "requested_by", nullable = false)
    private long requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected MergeRequest() {
    }

    public MergeRequest(Team from, Team to, long requestedBy, Instant now) {
        this.contestId = from.getContestId();
        this.fromTeamId = from.getId();
        this.toTeamId = to.getId();
        this.requestedBy = requestedBy;
        this.status = Status.OPEN;
        this.createdAt = now;
    }

    public void close(Status outcome, Instant now) {
        status = outcome;
        decidedAt = now;
    }

    public long getContestId() {
        return contestId;
    }

    public long getFromTeamId() {
        return fromTeamId;
    }

    public long getToTeamId() {
        return toTeamId;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
