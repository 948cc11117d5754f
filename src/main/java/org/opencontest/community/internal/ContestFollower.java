package org.opencontest.community.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** A person outside the contest's teams who follows it: its announcements and official answers reach them. */
@Entity
@Table(name = "community_contest_follower")
class ContestFollower extends BaseEntity {

    @Column(name = "contest_id", nullable = false)
    private long contestId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ContestFollower() {
    }

    ContestFollower(long contestId, long userId, Instant now) {
        this.contestId = contestId;
        this.userId = userId;
        this.createdAt = now;
    }
}
