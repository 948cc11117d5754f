package org.opencontest.judging.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** A declared or detected conflict of interest between a judge and a team. */
@Entity
@Table(name = "judging_conflict")
public class Conflict extends BaseEntity {

    @Column(name = "contest_id", nullable = false, updatable = false)
    private long contestId;

    @Column(name = "judge_id", nullable = false, updatable = false)
    private long judgeId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConflictReason reason;

    @Column(nullable = false, updatable = false)
    private String evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConflictStatus status;

    @Column(nullable = false)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Conflict() {
    }

    public Conflict(long contestId, long judgeId, long teamId, ConflictReason reason, String evidence, String note,
            Instant now) {
        this.contestId = contestId;
        this.judgeId = judgeId;
        this.teamId = teamId;
        this.reason = reason;
        this.evidence = evidence;
        this.note = note;
        this.status = reason.needsOrganiserDecision() ? ConflictStatus.PENDING : ConflictStatus.BLOCKING;
        this.createdAt = now;
    }

    public void decide(boolean counts, String reasonGiven, Instant now) {
        this.status = counts ? ConflictStatus.BLOCKING : ConflictStatus.CLEARED;
        this.note = reasonGiven;
        this.decidedAt = now;
    }

    public long getContestId() {
        return contestId;
    }

    public long getJudgeId() {
        return judgeId;
    }

    public long getTeamId() {
        return teamId;
    }

    public ConflictReason getReason() {
        return reason;
    }

    public String getEvidence() {
        return evidence;
    }

    public ConflictStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }
}
