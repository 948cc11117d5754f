package org.opencontest.integrity.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Reads what the scrub recorded, for the admin report. */
@Component
public class IntegrityLedger {

    private static final Set<CheckOutcome> DAMAGED = EnumSet.of(CheckOutcome.CHANGED, CheckOutcome.MISSING);

    private final ObjectCheckRepository checks;
    private final ScrubStateRepository states;
    private final OrphanRemovalRepository removals;

    IntegrityLedger(ObjectCheckRepository checks, ScrubStateRepository states, OrphanRemovalRepository removals) {
        this.checks = checks;
        this.states = states;
        this.removals = removals;
    }

    public List<Finding> damaged(int limit) {
        return checks.findByOutcomeInOrderByCheckedAtDesc(DAMAGED, PageRequest.of(0, limit)).stream()
                .map(ObjectCheck::finding).toList();
    }

    public ScrubStatus status() {
        ScrubState state = states.current();
        return new ScrubStatus(state.getLastRunAt(), state.getPassCompletedAt(), state.getSource(),
                checks.countByOutcomeNotNull(), checks.countByOutcomeIn(DAMAGED), checks.countByRequestedAtNotNull());
    }

    public List<OrphanRemoval> recentRemovals(int limit) {
        return removals.findByOrderByRemovedAtDescIdDesc(PageRequest.of(0, limit)).stream()
                .map(OrphanRemovalRecord::removal).toList();
    }
}
