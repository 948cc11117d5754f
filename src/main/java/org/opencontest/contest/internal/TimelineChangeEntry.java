package org.opencontest.contest.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.TimelineShift;
import org.opencontest.shared.persistence.BaseEntity;

/** One moved boundary of a published contest's timeline, with the organiser's reason; never changed afterwards. */
@Entity
@Table(name = "contest_timeline_change")
class TimelineChangeEntry extends BaseEntity {

    @Column(name = "contest_id", nullable = false, updatable = false)
    private long contestId;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private long changedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PhaseKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Deadline.Boundary boundary;

    @Column(name = "from_at", updatable = false)
    private Instant fromAt;

    @Column(name = "to_at", updatable = false)
    private Instant toAt;

    @Column(updatable = false)
    private String reason;

    protected TimelineChangeEntry() {
    }

    TimelineChangeEntry(long contestId, TimelineShift shift, String reason, long changedBy, Instant changedAt) {
        this.contestId = contestId;
        this.kind = shift.kind();
        this.boundary = shift.boundary();
        this.fromAt = shift.from();
        this.toAt = shift.to();
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    String getReason() {
        return reason;
    }

    TimelineShift shift() {
        return new TimelineShift(kind, boundary, fromAt, toAt);
    }
}
