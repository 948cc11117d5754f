package org.opencontest.dataset.internal;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.account.UserDirectory;
import org.opencontest.shared.csv.SpreadsheetCsv;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The issued download links of a dataset, for the people who manage it: counted for the chart, listed as CSV. */
@Service
public class DownloadStatistics {

    private final DatasetRepository datasets;
    private final DatasetReleaseRepository releases;
    private final DataFileRepository files;
    private final DownloadRecordRepository downloads;
    private final DatasetAccess access;
    private final UserDirectory users;
    private final TransactionTemplate readOnly;

    DownloadStatistics(DatasetRepository datasets, DatasetReleaseRepository releases, DataFileRepository files,
                       DownloadRecordRepository downloads, DatasetAccess access, UserDirectory users,
                       PlatformTransactionManager transactions) {
        this.datasets = datasets;
        this.releases = releases;
        this.files = files;
        this.downloads = downloads;
        this.access = access;
        this.users = users;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Issued download links of the dataset: per day in {@code zone}, distinct users and teams, team × release. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public DatasetStatistics statistics(long datasetId, ZoneId zone) {
        manageable(datasetId);
        List<DownloadRecord> records = downloads.findByDatasetIdOrderByIssuedAtAsc(datasetId);
        Map<Long, DatasetRelease> releaseById = releases.findByDatasetIdOrderByNumberDesc(datasetId).stream()
                .collect(Collectors.toMap(DatasetRelease::getId, Function.identity()));
        TreeMap<LocalDate, Long> perDay = new TreeMap<>();
        records.forEach(record -> perDay.merge(LocalDate.ofInstant(record.getIssuedAt(), zone), 1L, Long::sum));
        List<DatasetStatistics.DayCount> days = new ArrayList<>();
        if (!perDay.isEmpty()) {
            for (LocalDate day = perDay.firstKey(); !day.isAfter(perDay.lastKey()); day = day.plusDays(1)) {
                days.add(new DatasetStatistics.DayCount(day, perDay.getOrDefault(day, 0L)));
            }
        }
        Map<List<Object>, List<DownloadRecord>> byTeamRelease = records.stream()
                .filter(record -> record.getTeamId() != null)
                .collect(Collectors.groupingBy(record -> List.of(record.getTeamId(), record.getReleaseId()),
                        LinkedHashMap::new, Collectors.toList()));
        List<DatasetStatistics.TeamRelease> teamReleases = byTeamRelease.values().stream()
                .map(group -> {
                    DatasetRelease release = releaseById.get(group.get(0).getReleaseId());
                    return new DatasetStatistics.TeamRelease(group.get(group.size() - 1).getTeamName(),
                            release.getNumber(), release.getLabel(), group.size(),
                            group.stream().map(DownloadRecord::getUserId).filter(Objects::nonNull).distinct().count());
                })
                .sorted(Comparator.comparing(DatasetStatistics.TeamRelease::releaseNumber).reversed()
                        .thenComparing(DatasetStatistics.TeamRelease::team, Comparator.nullsLast(String::compareTo)))
                .toList();
        long users = records.stream().map(DownloadRecord::getUserId).filter(Objects::nonNull).distinct().count();
        long teams = records.stream().map(DownloadRecord::getTeamId).filter(Objects::nonNull).distinct().count();
        return new DatasetStatistics(records.size(), users, teams, days, teamReleases);
    }

    /**
     * Writes every issued link of the dataset as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the
     * Chinese names right): time (UTC, ISO-8601), user, team, release, file.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public void exportDownloads(long datasetId, OutputStream out) {
        readOnly.executeWithoutResult(status -> {
            manageable(datasetId);
            Map<Long, DatasetRelease> releaseById = releases.findByDatasetIdOrderByNumberDesc(datasetId).stream()
                    .collect(Collectors.toMap(DatasetRelease::getId, Function.identity()));
            Map<Long, String> fileNames = files.findByReleaseIdInOrderByNameAsc(releaseById.keySet()).stream()
                    .collect(Collectors.toMap(DataFile::getId, DataFile::getName));
            List<DownloadRecord> records = downloads.findByDatasetIdOrderByIssuedAtAsc(datasetId);
            Set<Long> userIds = new HashSet<>();
            records.forEach(record -> {
                if (record.getUserId() != null) {
                    userIds.add(record.getUserId());
                }
            });
            Map<Long, String> names = users.displayNames(userIds);
            SpreadsheetCsv csv = SpreadsheetCsv.to(out, "issued_at_utc", "user_id", "user", "team_id", "team", "release",
                    "release_label", "file");
            for (DownloadRecord record : records) {
                DatasetRelease release = releaseById.get(record.getReleaseId());
                csv.row(record.getIssuedAt(), record.getUserId(),
                        record.getUserId() == null ? "" : names.getOrDefault(record.getUserId(), ""),
                        record.getTeamId(), record.getTeamName(), release.getNumber(), release.getLabel(),
                        fileNames.getOrDefault(record.getFileId(), ""));
            }
            csv.flush();
        });
    }

    private Dataset manageable(long id) {
        return datasets.findById(id).filter(access::manages).orElseThrow(NotFoundException::new);
    }
}
