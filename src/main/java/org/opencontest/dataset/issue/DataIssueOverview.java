package org.opencontest.dataset.issue;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

import org.opencontest.shared.i18n.LocalizedText;

/**
 * A dataset's issues for its publisher's overview.
 *
 * @param medianTimeToFix from report to the publication of the fixing release, over the fixed issues; null for none
 * @param fixes           the published releases that fixed issues, oldest first
 */
public record DataIssueOverview(long datasetId, String slug, LocalizedText title, long open, long closed,
                                Duration medianTimeToFix, List<ReleaseFixes> fixes) implements Serializable {

    public DataIssueOverview {
        fixes = List.copyOf(fixes);
    }

    /** A release and the issues (ids and titles) it fixed. */
    public record ReleaseFixes(int number, String label, List<FixedIssue> issues) implements Serializable {

        public ReleaseFixes {
            issues = List.copyOf(issues);
        }
    }

    public record FixedIssue(long id, String title) implements Serializable {
    }
}
