package org.opencontest.dataset.issue;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opencontest.dataset.internal.DatasetRelease;
import org.springframework.stereotype.Component;

/**
 * What the rest of the dataset module asks of the issues: closing the fixes a release brings when it is published
 * (inside the publishing transaction, whose caller is already checked), and the counts for impact reports.
 */
@Component
public class DataIssueReleases {

    private final DataIssueRepository issues;
    private final DataIssueMails mails;

    DataIssueReleases(DataIssueRepository issues, DataIssueMails mails) {
        this.issues = issues;
        this.mails = mails;
    }

    /** The issues scheduled for this release are fixed now; their reporters are told. Returns how many. */
    public int published(DatasetRelease release, Instant now) {
        List<DataIssue> scheduled = issues.findByFixedInIdAndStatusOrderByIdAsc(release.getId(),
                DataIssueStatus.FIX_SCHEDULED);
        scheduled.forEach(issue -> issue.released(now));
        issues.saveAllAndFlush(scheduled);
        mails.fixed(scheduled, release.getDataset());
        return scheduled.size();
    }

    /** Per dataset id, the issues reported and fixed; datasets without issues are absent. */
    public Map<Long, Counts> reportedAndFixed(Collection<Long> datasetIds) {
        Map<Long, Counts> counts = new HashMap<>();
        if (!datasetIds.isEmpty()) {
            for (Object[] row : issues.countsByDataset(datasetIds)) {
                counts.put((Long) row[0], new Counts(((Number) row[1]).intValue(), ((Number) row[3]).intValue()));
            }
        }
        return counts;
    }

    public record Counts(int reported, int fixed) {

        public static final Counts NONE = new Counts(0, 0);
    }
}
