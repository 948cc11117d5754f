package org.opencontest.dataset.issue;

import java.io.Serializable;

/**
 * The publisher's triage of an issue.
 *
 * @param status       ACKNOWLEDGED, FIXED (in {@code releaseId}; scheduled while that release is a draft),
 *                     WONT_FIX (with a {@code reason}) or DUPLICATE (of {@code duplicateOfId})
 * @param releaseId    the dataset's release that fixes it, for FIXED
 * @param reason       why not, for WONT_FIX
 * @param duplicateOf  another issue of the same dataset, for DUPLICATE
 */
public record DataIssueDecision(DataIssueStatus status, Long releaseId, String reason, Long duplicateOf)
        implements Serializable {

    public static DataIssueDecision acknowledged() {
        return new DataIssueDecision(DataIssueStatus.ACKNOWLEDGED, null, null, null);
    }

    public static DataIssueDecision fixedIn(long releaseId) {
        return new DataIssueDecision(DataIssueStatus.FIXED, releaseId, null, null);
    }

    public static DataIssueDecision wontFix(String reason) {
        return new DataIssueDecision(DataIssueStatus.WONT_FIX, null, reason, null);
    }

    public static DataIssueDecision duplicateOf(long issueId) {
        return new DataIssueDecision(DataIssueStatus.DUPLICATE, null, null, issueId);
    }
}
