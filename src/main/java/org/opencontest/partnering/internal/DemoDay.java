package org.opencontest.partnering.internal;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** An event where incubated teams present to partners, in time slots the teams book. */
@Entity
@Table(name = "demo_day")
public class DemoDay extends BaseEntity {

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String location;

    @Column(nullable = false)
    private String zone;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected DemoDay() {
    }

    public DemoDay(String title, String location, ZoneId zone, long createdBy, Instant now) {
        this.title = title;
        this.location = location;
        this.zone = zone.getId();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public String getTitle() {
        return title;
    }

    public String getLocation() {
        return location;
    }

    public ZoneId getZone() {
        return ZoneId.of(zone);
    }

    public long getCreatedBy() {
        return createdBy;
    }
}
