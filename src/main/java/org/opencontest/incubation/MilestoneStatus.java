package org.opencontest.incubation;

/** The team moves a milestone through OPEN, IN_PROGRESS, DELAYED and COMPLETE; the incubator accepts or rejects. */
public enum MilestoneStatus {
    OPEN, IN_PROGRESS, DELAYED, COMPLETE, ACCEPTED, REJECTED;

    /** What the team may set. A rejected milestone goes back to work; an accepted one is closed. */
    public boolean settableByTeam() {
        return this == OPEN || this == IN_PROGRESS || this == DELAYED || this == COMPLETE;
    }
}
