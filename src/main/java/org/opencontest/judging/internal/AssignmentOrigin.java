package org.opencontest.judging.internal;

/** Who made an assignment: the balanced assignment, or an organiser by hand. */
public enum AssignmentOrigin {
    AUTO, MANUAL
}
