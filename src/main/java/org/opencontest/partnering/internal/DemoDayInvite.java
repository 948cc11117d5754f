package org.opencontest.partnering.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An invited project (its team) or partner account; exactly one of the two ids is set. */
@Entity
@Table(name = "demo_day_invite")
public class DemoDayInvite {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "demo_day_id", nullable = false, updatable = false)
    private long demoDayId;

    @Column(name = "project_id", updatable = false)
    private Long projectId;

    @Column(name = "user_id", updatable = false)
    private Long userId;

    protected DemoDayInvite() {
    }

    public static DemoDayInvite project(long demoDayId, long projectId) {
        DemoDayInvite invite = new DemoDayInvite();
        invite.demoDayId = demoDayId;
        invite.projectId = projectId;
        return invite;
    }

    public static DemoDayInvite partner(long demoDayId, long userId) {
        DemoDayInvite invite = new DemoDayInvite();
        invite.demoDayId = demoDayId;
        invite.userId = userId;
        return invite;
    }

    public long getDemoDayId() {
        return demoDayId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Long getUserId() {
        return userId;
    }
}
