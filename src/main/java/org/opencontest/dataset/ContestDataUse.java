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

    ContestDataUse(DatasetRepository datasets, DownloadRecordRepository downloads, ContestService contests) {
        this.datasets = datasets;
        this.downloads = downloads;
        this.contests = contests;
    }

    /**
     * Each dataset released to the contest with the teams that took links to its files. This is the trace from data
     * to entries that impact reports show data providers.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<DatasetUse> usageInContest(long contestId) {
        if (!contests.canManage(contestId)) {
            throw new NotFoundException();
        }
        List<Dataset> released = datasets.findReleasedTo(contestId);
        Map<Long, Set<Long>> teamsByDataset = new HashMap<>();
        if (!released.isEmpty()) {
            for (Object[] pair : downloads.findDatasetTeams(released.stream().map(Dataset::getId).toList())) {
                teamsByDataset.computeIfAbsent((Long) pair[0], id -> new HashSet<>()).add((Long) pair[1]);
            }
        }
        return released.stream().map(dataset -> new DatasetUse(dataset.getId(), dataset.getSlug(),
                dataset.getTitle(), teamsByDataset.getOrDefault(dataset.getId(), Set.of()))).toList();
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
