package org.opencontest.submission.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** A team advanced from a stage into the next one; a manual addition carries the organiser's reason. */
@Entity
@Table(name = "submission_shortlist")
public class Shortlisting extends BaseEntity {

    @Column(name = "contest_id", nullable = false, updatable = false)
    private long contestId;
    @Column(nullable = false, updatable = false)
    private int stage;
    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;
    @Column(updatable = false)
    private String reason;
    @Column(name = "added_by", nullable = false, updatable = false)
    private long addedBy;
    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected Shortlisting() {
    }

    public Shortlisting(long contestId, int stage, long teamId, String reason, long addedBy, Instant addedAt) {
        this.contestId = contestId;
        this.stage = stage;
        this.teamId = teamId;
        this.reason = reason;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public int getStage() {
        return stage;
    }

    public long getTeamId() {
        return teamId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
