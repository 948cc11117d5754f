package org.opencontest.dataset;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.contest.ContestService;
import org.opencontest.dataset.internal.Dataset;
import org.opencontest.dataset.internal.DatasetRepository;
import org.opencontest.dataset.internal.DownloadRecordRepository;
import org.opencontest.dataset.issue.DataIssueReleases;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask about the data of a contest: which teams took which datasets (impact reports) and who
 * published them (conflicts of interest). Only the contest's organisers and administrators get an answer.
 */
@Service
public class ContestDataUse implements ContestDataPublishers {

    private final DatasetRepository datasets;
    private final DownloadRecordRepository downloads;
    private final ContestService contests;
    private final DataIssueReleases issues;

    ContestDataUse(DatasetRepository datasets, DownloadRecordRepository downloads, ContestService contests,
                   DataIssueReleases issues) {
        this.datasets = datasets;
        this.downloads = downloads;
        this.contests = contests;
        this.issues = issues;
    }

    /**
     * Each dataset released to the contest with the teams that took links to its files. This is the trace from data
     * to entries that impact reports show data providers, with the data issues reported and fixed (the contest's
     * data-quality feedback).
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<DatasetUse> usageInContest(long contestId) {
        if (!contests.canManage(contestId)) {
            throw new NotFoundException();
        }
        List<Dataset> released = datasets.findReleasedTo(contestId);
        Map<Long, Set<Long>> teamsByDataset = new HashMap<>();
        List<Long> ids = released.stream().map(Dataset::getId).toList();
        if (!released.isEmpty()) {
            for (Object[] pair : downloads.findDatasetTeams(ids)) {
                teamsByDataset.computeIfAbsent((Long) pair[0], id -> new HashSet<>()).add((Long) pair[1]);
            }
        }
        Map<Long, DataIssueReleases.Counts> feedback = issues.reportedAndFixed(ids);
        return released.stream().map(dataset -> {
            DataIssueReleases.Counts counts = feedback.getOrDefault(dataset.getId(), DataIssueReleases.Counts.NONE);
            return new DatasetUse(dataset.getId(), dataset.getSlug(), dataset.getTitle(),
                    teamsByDataset.getOrDefault(dataset.getId(), Set.of()), counts.reported(), counts.fixed());
        }).toList();
    }

    @Override
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Set<String> publishersOf(long contestId) {
        if (!contests.canManage(contestId)) {
            throw new NotFoundException();
        }
        return datasets.findReleasedTo(contestId).stream().map(dataset -> dataset.metadata().publisherName())
                .filter(name -> name != null && !name.isBlank()).collect(Collectors.toSet());
    }
}
