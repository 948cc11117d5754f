package org.opencontest.incubation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opencontest.incubation.AdoptionStage;
import org.opencontest.incubation.Kpis;
import org.opencontest.incubation.ReportingPeriod;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.persistence.BaseEntity;

/** A team's report for one period: a narrative and the fixed KPIs, drafted, submitted, then verified or queried. */
@Entity
@Table(name = "incubation_check_in")
public class CheckIn extends BaseEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CheckInStatus status = CheckInStatus.DRAFT;

    private String narrative;
    private BigDecimal revenue;
    private Integer employees;

    @Column(name = "funding_equity")
    private BigDecimal fundingEquity;

    @Column(name = "funding_debt")
    private BigDecimal fundingDebt;

    @Column(name = "funding_grant")
    private BigDecimal fundingGrant;

    @Column(name = "active_users")
    private Long activeUsers;

    @Column(name = "datasets_in_use")
    private Integer datasetsInUse;

    @Enumerated(EnumType.STRING)
    private AdoptionStage adoption;

    private Integer partners;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CheckIn() {
    }

    public CheckIn(long projectId, ReportingPeriod period, Instant now) {
        this.projectId = projectId;
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.updatedAt = now;
    }

    public void edit(String text, Kpis kpis, Instant now) {
        if (!status.editableByTeam()) {
            throw new UserFacingException("incubation.checkIn.error.notEditable");
        }
        narrative = text;
        revenue = kpis.revenue();
        employees = kpis.employees();
        fundingEquity = kpis.fundingEquity();
        fundingDebt = kpis.fundingDebt();
        fundingGrant = kpis.fundingGrant();
        activeUsers = kpis.activeUsers();
        datasetsInUse = kpis.datasetsInUse();
        adoption = kpis.adoption();
        partners = kpis.partners();
        updatedAt = now;
    }

    public void submit(String by, Instant now) {
        if (!status.editableByTeam()) {
            throw new UserFacingException("incubation.checkIn.error.notEditable");
        }
        status = CheckInStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = now;
        updatedAt = now;
    }

    public void review(boolean verified, String comment, String by, Instant now) {
        if (status != CheckInStatus.SUBMITTED) {
            throw new UserFacingException("incubation.checkIn.error.notSubmitted");
        }
        status = verified ? CheckInStatus.VERIFIED : CheckInStatus.QUERIED;
        reviewComment = comment;
        reviewedBy = by;
        reviewedAt = now;
        updatedAt = now;
    }

    public Kpis kpis() {
        return new Kpis(revenue, employees, fundingEquity, fundingDebt, fundingGrant, activeUsers, datasetsInUse,
                adoption, partners);
    }

    public long getProjectId() {
        return projectId;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public CheckInStatus getStatus() {
        return status;
    }

    public String getNarrative() {
        return narrative;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }
}
