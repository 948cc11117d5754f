package org.opencontest.incubation.internal;

/** A check-in is a draft until the team submits it; the incubator then verifies its figures or queries them. */
public enum CheckInStatus {
    DRAFT, SUBMITTED, VERIFIED, QUERIED;

    /** Whether the team may still edit: drafts, and submitted ones the incubator queried. */
    public boolean editableByTeam() {
        return this == DRAFT || this == QUERIED;
    }
}
