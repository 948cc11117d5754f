package org.opencontest.team.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;
import org.opencontest.team.TeamStatus;

/**
 * A team in one contest. {@code memberCount} is kept here, next to the row every join locks, so that the size
 * limit is checked against a number no other transaction can change meanwhile.
 */
@Entity
@Table(name = "team")
public class Team extends BaseEntity {

    @Column(name = "contest_id", nullable = false)
    private long contestId;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    private String description;

    @Column(name = "track_id")
    private Long trackId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TeamStatus status;

    @Column(nullable = false)
    private boolean solo;

    @Column(name = "leader_id", nullable = false)
    private long leaderId;

    @Column(name = "member_count", nullable = false)
    private int memberCount;

    @Column(name = "invite_code", nullable = false)
    private String inviteCode;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Team() {
    }

    public Team(long contestId, TeamName name, String description, Long trackId, boolean solo, long leaderId,
                TeamStatus status, String inviteCode, Instant now) {
        this.contestId = contestId;
        this.name = name.display();
        this.nameKey = name.key();
        this.description = description;
        this.trackId = trackId;
        this.solo = solo;
        this.leaderId = leaderId;
        this.status = status;
        this.inviteCode = inviteCode;
        this.memberCount = 0;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void memberJoined(Instant now) {
        memberCount++;
        updatedAt = now;
    }

    public void memberLeft(Instant now) {
        memberCount--;
        updatedAt = now;
    }

    public void handOverTo(long userId, Instant now) {
        leaderId = userId;
        updatedAt = now;
    }

    public void decide(TeamStatus newStatus, String reason, Instant now) {
        status = newStatus;
        decisionReason = reason;
        decidedAt = now;
        updatedAt = now;
    }

    public void edit(TeamName newName, String newDescription, Long newTrackId, Instant now) {
        name = newName.display();
        nameKey = newName.key();
        description = newDescription;
        trackId = newTrackId;
        updatedAt = now;
    }

    public void replaceInviteCode(String code, Instant now) {
        inviteCode = code;
        updatedAt = now;
    }

    public void markReminded(Instant now) {
        remindedAt = now;
    }

    public boolean isLedBy(long userId) {
        return leaderId == userId;
    }

    public long getContestId() {
        return contestId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Long getTrackId() {
        return trackId;
    }

    public TeamStatus getStatus() {
        return status;
    }

    public boolean isSolo() {
        return solo;
    }

    public long getLeaderId() {
        return leaderId;
    }

    public int getMemberCount() {
        return memberCount;
    }

    public String getInviteCode() {
        return inviteCode;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
