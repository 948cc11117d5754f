package org.opencontest.judging.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/**
 * A judge's sheet for one assignment: per-criterion marks, a comment for the team and a private note for the
 * organisers. Drafts change (the version catches a second tab); {@link #submit} locks it with its weighted score.
 */
@Entity
@Table(name = "judging_sheet")
public class ScoreSheet extends BaseEntity {

    @Column(name = "assignment_id", nullable = false, updatable = false)
    private long assignmentId;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private long entryId;

    @Column(name = "judge_id", nullable = false, updatable = false)
    private long judgeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SheetStatus status = SheetStatus.DRAFT;

    @Column(name = "team_comment", nullable = false)
    private String teamComment = "";

    @Column(name = "private_note", nullable = false)
    private String privateNote = "";

    @ElementCollection
    @CollectionTable(name = "judging_sheet_score", joinColumns = @JoinColumn(name = "sheet_id"))
    private List<CriterionMark> marks = new ArrayList<>();

    @Column(name = "weighted_score")
    private Double weightedScore;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected ScoreSheet() {
    }

    public ScoreSheet(Assignment assignment, Instant now) {
        this.assignmentId = assignment.getId();
        this.roundId = assignment.getRoundId();
        this.entryId = assignment.getEntryId();
        this.judgeId = assignment.getJudgeId();
        this.updatedAt = now;
    }

    /** Replaces the draft's content; only a draft changes. */
    public void edit(List<CriterionMark> newMarks, String newTeamComment, String newPrivateNote, Instant now) {
        if (status != SheetStatus.DRAFT) {
            throw new IllegalStateException("Sheet " + getId() + " is submitted");
        }
        marks.clear();
        marks.addAll(newMarks);
        this.teamComment = newTeamComment;
        this.privateNote = newPrivateNote;
        this.updatedAt = now;
    }

    public void submit(double score, Instant now) {
        this.status = SheetStatus.SUBMITTED;
        this.weightedScore = score;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    public long getAssignmentId() {
        return assignmentId;
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

    public SheetStatus getStatus() {
        return status;
    }

    public String getTeamComment() {
        return teamComment;
    }

    public String getPrivateNote() {
        return privateNote;
    }

    public List<CriterionMark> getMarks() {
        return List.copyOf(marks);
    }

    public Double getWeightedScore() {
        return weightedScore;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
