package org.opencontest.contest.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.shared.persistence.BaseEntity;

/** One phase of a contest's timeline; at most one per kind (the aggregate keeps the {@code Timeline} rules). */
@Entity
@Table(name = "contest_phase")
public class ContestPhase extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contest_id")
    private Contest contest;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PhaseKind kind;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    protected ContestPhase() {
    }

    ContestPhase(Contest contest, PhaseKind kind) {
        this.contest = contest;
        this.kind = kind;
    }

    void reschedule(Instant opensAt, Instant closesAt) {
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    public PhaseKind getKind() {
        return kind;
    }

    public PhaseWindow toWindow() {
        return new PhaseWindow(kind, opensAt, closesAt);
    }
}
