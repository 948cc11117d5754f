package org.opencontest.integrity.internal;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.shared.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What admins see of the scrub: damaged objects, its progress and the orphans it removed. */
@Service
@RolesAllowed(Roles.ADMIN)
public class IntegrityReport {

    private static final int SHOWN = 200;

    private final IntegrityLedger ledger;

    IntegrityReport(IntegrityLedger ledger) {
        this.ledger = ledger;
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<Finding> damaged() {
        return ledger.damaged(SHOWN);
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public ScrubStatus status() {
        return ledger.status();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<OrphanRemoval> recentOrphanRemovals() {
        return ledger.recentRemovals(SHOWN);
    }
}
