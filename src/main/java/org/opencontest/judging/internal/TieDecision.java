package org.opencontest.judging.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The organiser's recorded order for entries of a round that the declared tie-breakers left tied; never changed. */
@Entity
@Table(name = "judging_tie_decision")
public class TieDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "entry_order", nullable = false, updatable = false)
    private String entryOrder;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private long decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected TieDecision() {
    }

    public TieDecision(long roundId, OrganiserDecision decision, long decidedBy, Instant decidedAt) {
        this.roundId = roundId;
        this.entryOrder = decision.order().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.reason = decision.reason();
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public OrganiserDecision toDecision() {
        List<Long> order = Arrays.stream(entryOrder.split(",")).map(Long::valueOf).toList();
        return new OrganiserDecision(order, reason);
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
