package org.opencontest.dataset.internal;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DownloadRecordRepository extends JpaRepository<DownloadRecord, Long> {

    @Query("select d from DownloadRecord d where d.datasetId = ?1 order by d.issuedAt")
    Stream<DownloadRecord> streamByDataset(long datasetId);

    List<DownloadRecord> findByDatasetIdOrderByIssuedAtAsc(long datasetId);

    long countByDatasetId(long datasetId);

    List<DownloadRecord> findByFileId(long fileId);

    /** Each dataset with every team that took a link to one of its files: pairs of dataset id and team id. */
    @Query("select distinct d.datasetId, d.teamId from DownloadRecord d where d.datasetId in ?1 and d.teamId is not null")
    List<Object[]> findDatasetTeams(Collection<Long> datasetIds);
}
