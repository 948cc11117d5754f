package org.opencontest.dataset.issue;

/**
 * Where an issue stands. A fix is first scheduled for the dataset's draft release and becomes {@link #FIXED} when that
 * release is published (or at once when the publisher names a release already published).
 */
public enum DataIssueStatus {

    OPEN, ACKNOWLEDGED, FIX_SCHEDULED, FIXED, WONT_FIX, DUPLICATE;

    /** Closed issues are settled: fixed in a published release, declined, or a duplicate. */
    public boolean closed() {
        return this == FIXED || this == WONT_FIX || this == DUPLICATE;
    }

    public String messageKey() {
        return "dataset.issue.status." + name();
    }
}
