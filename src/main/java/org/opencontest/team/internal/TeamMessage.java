package org.opencontest.team.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;
import org.opencontest.team.TeamStatus;

/** A message an organiser sent to the teams of a contest (all, or those with one status). */
@Entity
@Table(name = "team_message")
public class TeamMessage extends BaseEntity {

    @Column(name = "contest_id", nullable = false)
    private long contestId;

    @Enumerated(EnumType.STRING)
    private TeamStatus status;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private int recipients;

    @Column(name = "sent_by", nullable = false)
    private long sentBy;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected TeamMessage() {
    }

    public TeamMessage(long contestId, TeamStatus status, String subject, String body, long sentBy, Instant now) {
        this.contestId = contestId;
        this.status = status;
        this.subject = subject;
        this.body = body;
        this.sentBy = sentBy;
        this.sentAt = now;
    }

    public void countRecipients(int count) {
        recipients = count;
    }

    public long getContestId() {
        return contestId;
    }

    public TeamStatus getStatus() {
        return status;
    }

    public String getSubject() {
        return subject;
    }

    public int getRecipients() {
        return recipients;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
