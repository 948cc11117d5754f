package org.opencontest.partnering.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A project's slot; unique per slot and per project and demo day, so a race books a slot once. */
@Entity
@Table(name = "demo_day_booking")
public class DemoDayBooking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "demo_day_id", nullable = false, updatable = false)
    private long demoDayId;

    @Column(name = "slot_id", nullable = false, updatable = false)
    private long slotId;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "contest_id", nullable = false, updatable = false)
    private long contestId;

    @Column(name = "booked_by", nullable = false, updatable = false)
    private long bookedBy;

    @Column(name = "booked_at", nullable = false, updatable = false)
    private Instant bookedAt;

    protected DemoDayBooking() {
    }

    public DemoDayBooking(long demoDayId, long slotId, long projectId, long contestId, long bookedBy, Instant now) {
        this.demoDayId = demoDayId;
        this.slotId = slotId;
        this.projectId = projectId;
        this.contestId = contestId;
        this.bookedBy = bookedBy;
        this.bookedAt = now;
    }

    public long getSlotId() {
        return slotId;
    }

    public long getProjectId() {
        return projectId;
    }
}
