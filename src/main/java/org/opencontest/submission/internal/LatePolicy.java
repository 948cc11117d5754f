package org.opencontest.submission.internal;

/** What happens to a submission after the deadline (and after any grace period). */
public enum LatePolicy {
    /** Refused, with the deadline shown in the contest's zone and the user's. */
    REJECT,
    /** Kept and marked late; the organiser decides whether it counts. */
    ACCEPT_FLAGGED;

    public String messageKey() {
        return "submission.latePolicy." + name();
    }
}
