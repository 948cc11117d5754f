package org.opencontest.judging.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** A judge on an entry of a round. A recusal keeps the row (with its reason); the pair is then never assigned again. */
@Entity
@Table(name = "judging_assignment")
public class Assignment extends BaseEntity {

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private long entryId;

    @Column(name = "judge_id", nullable = false, updatable = false)
    private long judgeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AssignmentOrigin origin;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "notified_at")
    private Instant notifiedAt;

    @Column(name = "recused_at")
    private Instant recusedAt;

    @Column(name = "recusal_reason")
    private String recusalReason;

    protected Assignment() {
    }

    public Assignment(long roundId, long entryId, long judgeId, AssignmentOrigin origin, Instant now) {
        this.roundId = roundId;
        this.entryId = entryId;
        this.judgeId = judgeId;
        this.origin = origin;
        this.assignedAt = now;
    }

    public void recuse(String reason, Instant now) {
        this.recusedAt = now;
        this.recusalReason = reason;
    }

    public void markNotified(Instant now) {
        this.notifiedAt = now;
    }

    public boolean isActive() {
        return recusedAt == null;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getEntryId() {
        return entryId;
    }

    public long getJudgeId() {
        return judgeId;
    }

    public AssignmentOrigin getOrigin() {
        return origin;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }

    public Instant getRecusedAt() {
        return recusedAt;
    }

    public String getRecusalReason() {
        return recusalReason;
    }
}
