package org.opencontest.partnering.internal;

import org.opencontest.partnering.IntroductionOutcome;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.persistence.BaseEntity;

/**
 * A partner's request to meet an incubated project's team: who and why, the team's answer, and (once accepted) the
 * two contacts and what it led to. {@code openSlot} is 1 while the request waits, so one partner has one open request
 * per project.
 */
@Entity
@Table(name = "partner_introduction")
public class Introduction extends BaseEntity {

    @Column(name = "partner_id", nullable = false, updatable = false)
    private long partnerId;

    @Column(name = "partner_name", nullable = false, updatable = false)
    private String partnerName;

    @Column(name = "partner_email", nullable = false, updatable = false)
    private String partnerEmail;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "contest_id", nullable = false, updatable = false)
    private long contestId;

    @Column(nullable = false, updatable = false)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IntroductionStatus status = IntroductionStatus.REQUESTED;

    @Column(name = "open_slot")
    private Short openSlot = 1;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "answered_name")
    private String answeredName;

    @Column(name = "answered_email")
    private String answeredEmail;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Enumerated(EnumType.STRING)
    private IntroductionOutcome outcome;

    @Column(name = "outcome_period")
    private LocalDate outcomePeriod;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Introduction() {
    }

    public Introduction(long partnerId, String partnerName, String partnerEmail, long projectId, long contestId,
                        String message, Instant now) {
        this.partnerId = partnerId;
        this.partnerName = partnerName;
        this.partnerEmail = partnerEmail;
        this.projectId = projectId;
        this.contestId = contestId;
        this.message = message;
        this.createdAt = now;
    }

    /** The team's answer; the answering member's name and address become the team's contact when accepted. */
    public void answer(boolean accept, long userId, String name, String email, Instant now) {
        if (status != IntroductionStatus.REQUESTED) {
            throw new UserFacingException("partnering.introduction.error.answered");
        }
        status = accept ? IntroductionStatus.ACCEPTED : IntroductionStatus.DECLINED;
        openSlot = null;
        answeredBy = userId;
        answeredName = name;
        answeredEmail = accept ? email : null;
        answeredAt = now;
    }

    public void linkOutcome(IntroductionOutcome kind, LocalDate period) {
        if (status != IntroductionStatus.ACCEPTED) {
            throw new UserFacingException("partnering.outcome.error.notAccepted");
        }
        outcome = kind;
        outcomePeriod = kind == null ? null : period;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public String getPartnerEmail() {
        return partnerEmail;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getContestId() {
        return contestId;
    }

    public String getMessage() {
        return message;
    }

    public IntroductionStatus getStatus() {
        return status;
    }

    public String getAnsweredName() {
        return answeredName;
    }

    public String getAnsweredEmail() {
        return answeredEmail;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public IntroductionOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getOutcomePeriod() {
        return outcomePeriod;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
