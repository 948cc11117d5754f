package org.opencontest.dataset.issue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.opencontest.dataset.internal.Dataset;
import org.opencontest.dataset.internal.DatasetRelease;

/** The publisher's figures over many datasets in two queries: counts, median time to fix, fixes per release. */
final class DataIssueStatistics {

    private DataIssueStatistics() {
    }

    static List<DataIssueOverview> overview(List<Dataset> datasets, DataIssueRepository issues) {
        if (datasets.isEmpty()) {
            return List.of();
        }
        List<Long> ids = datasets.stream().map(Dataset::getId).toList();
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : issues.countsByDataset(ids)) {
            long total = ((Number) row[1]).longValue();
            long open = ((Number) row[2]).longValue();
            counts.put((Long) row[0], new long[] {open, total - open});
        }
        Map<Long, List<DataIssue>> fixed = issues.findByDatasetIdInAndStatusOrderByIdAsc(ids, DataIssueStatus.FIXED)
                .stream().collect(Collectors.groupingBy(DataIssue::getDatasetId));
        return datasets.stream().map(dataset -> {
            long[] openClosed = counts.getOrDefault(dataset.getId(), new long[2]);
            List<DataIssue> fixes = fixed.getOrDefault(dataset.getId(), List.of());
            return new DataIssueOverview(dataset.getId(), dataset.getSlug(), dataset.getTitle(), openClosed[0],
                    openClosed[1], median(fixes.stream().map(DataIssueStatistics::timeToFix).toList()),
                    byRelease(fixes));
        }).toList();
    }

    private static Duration timeToFix(DataIssue issue) {
        return Duration.between(issue.getCreatedAt(), issue.getClosedAt());
    }

    /** The middle value, or the mean of the two middle values; null for none. */
    static Duration median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }

    private static List<DataIssueOverview.ReleaseFixes> byRelease(List<DataIssue> fixes) {
        Map<DatasetRelease, List<DataIssueOverview.FixedIssue>> byRelease = new LinkedHashMap<>();
        fixes.stream().sorted(Comparator.comparing((DataIssue issue) -> issue.getFixedIn().getNumber()))
                .forEach(issue -> byRelease.computeIfAbsent(issue.getFixedIn(), release -> new ArrayList<>())
                        .add(new DataIssueOverview.FixedIssue(issue.getId(), issue.getTitle())));
        return byRelease.entrySet().stream().map(entry -> new DataIssueOverview.ReleaseFixes(
                entry.getKey().getNumber(), entry.getKey().getLabel(), entry.getValue())).toList();
    }
}
