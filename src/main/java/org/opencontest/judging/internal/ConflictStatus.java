package org.opencontest.judging.internal;

/** Whether a conflict keeps its judge and team apart. */
public enum ConflictStatus {
    /** The pair is never assigned. */
    BLOCKING,
    /** Flagged for the organiser (a dataset publisher); kept apart until decided. */
    PENDING,
    /** The organiser decided it does not count. */
    CLEARED
}
