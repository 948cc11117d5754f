package org.opencontest.incubation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opencontest.incubation.MilestoneStatus;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.persistence.BaseEntity;

/** A goal with a measurable target and a due date; the team reports progress, the incubator accepts or rejects. */
@Entity
@Table(name = "incubation_milestone")
public class Milestone extends BaseEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false)
    private String goal;

    @Column(nullable = false)
    private String unit;

    @Column(nullable = false)
    private BigDecimal target;

    private BigDecimal achieved;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MilestoneStatus status = MilestoneStatus.OPEN;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Milestone() {
    }

    public Milestone(long projectId, String goal, String unit, BigDecimal target, LocalDate dueDate, Instant now) {
        this.projectId = projectId;
        this.goal = goal;
        this.unit = unit;
        this.target = target;
        this.dueDate = dueDate;
        this.createdAt = now;
    }

    public void report(MilestoneStatus next, BigDecimal achievedSoFar) {
        if (!next.settableByTeam()) {
            throw new UserFacingException("incubation.milestone.error.teamStatus");
        }
        if (status == MilestoneStatus.ACCEPTED) {
            throw new UserFacingException("incubation.milestone.error.closed");
        }
        status = next;
        achieved = achievedSoFar;
    }

    public void review(boolean accept, String comment, String reviewer, Instant now) {
        if (status != MilestoneStatus.COMPLETE) {
            throw new UserFacingException("incubation.milestone.error.notComplete");
        }
        status = accept ? MilestoneStatus.ACCEPTED : MilestoneStatus.REJECTED;
        reviewComment = comment;
        reviewedBy = reviewer;
        reviewedAt = now;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getGoal() {
        return goal;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public BigDecimal getAchieved() {
        return achieved;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public MilestoneStatus getStatus() {
        return status;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
