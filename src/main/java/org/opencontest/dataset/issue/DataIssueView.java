package org.opencontest.dataset.issue;

import java.io.Serializable;
import java.time.Instant;

/**
 * An issue as the dataset page shows it.
 *
 * @param descriptionHtml the reporter's markdown, rendered and sanitised
 * @param releaseNumber   the release it concerns, or null
 * @param fixedInNumber   the release that fixes (or will fix) it, or null
 * @param evidenceName    the evidence file's name, or null when none is attached
 * @param mine            the viewer reported it (may attach evidence and download it)
 * @param triageable      the viewer publishes the dataset (may triage it and download the evidence)
 */
public record DataIssueView(long id, long version, DataIssueKind kind, DataIssueStatus status, String title,
                            String descriptionHtml, Integer releaseNumber, String column, String reporterName,
                            Instant createdAt, Instant closedAt, Integer fixedInNumber, String fixedInLabel,
                            String reason, Long duplicateOf, String evidenceName, Long evidenceSize, boolean mine,
                            boolean triageable) implements Serializable {

    public boolean mayDownloadEvidence() {
        return evidenceName != null && (mine || triageable);
    }

    public boolean mayAttachEvidence() {
        return evidenceName == null && mine && !status.closed();
    }
}
