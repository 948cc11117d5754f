package org.opencontest.judging.internal;

import java.util.HashSet;
import java.util.List;

import org.opencontest.shared.error.UserFacingException;

/** The organiser's order for entries that every declared tie-breaker left tied, with the reason on record. */
public record OrganiserDecision(List<Long> order, String reason) {

    public OrganiserDecision {
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("judging.tie.error.reasonRequired");
        }
        if (order == null || order.size() < 2 || new HashSet<>(order).size() != order.size()) {
            throw new UserFacingException("judging.tie.error.orderInvalid");
        }
        order = List.copyOf(order);
        reason = reason.strip();
    }
}
