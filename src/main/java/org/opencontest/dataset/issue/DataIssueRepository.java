package org.opencontest.dataset.issue;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DataIssueRepository extends JpaRepository<DataIssue, Long> {

    @EntityGraph(attributePaths = {"release", "fixedIn"})
    List<DataIssue> findByDatasetId(long datasetId, Pageable page);

    @EntityGraph(attributePaths = {"release", "fixedIn"})
    List<DataIssue> findByDatasetIdAndClosedAtIsNull(long datasetId, Pageable page);

    @EntityGraph(attributePaths = {"release", "fixedIn"})
    List<DataIssue> findByDatasetIdAndClosedAtIsNotNull(long datasetId, Pageable page);

    long countByDatasetId(long datasetId);

    long countByDatasetIdAndClosedAtIsNull(long datasetId);

    long countByDatasetIdAndClosedAtIsNotNull(long datasetId);

    List<DataIssue> findByFixedInIdAndStatusOrderByIdAsc(long releaseId, DataIssueStatus status);

    /** The double submit: the same reporter's open issue with the same title. */
    boolean existsByDatasetIdAndReporterIdAndTitleAndClosedAtIsNull(long datasetId, long reporterId, String title);

    /** The flood limit's question: how many issues did this person report since then. */
    long countByReporterIdAndCreatedAtAfter(long reporterId, java.time.Instant after);

    @EntityGraph(attributePaths = {"fixedIn"})
    List<DataIssue> findByDatasetIdInAndStatusOrderByIdAsc(Collection<Long> datasetIds, DataIssueStatus status);

    /** Per dataset: id, issues reported, still open, fixed. */
    @Query("""
            select i.datasetId, count(i), sum(case when i.closedAt is null then 1 else 0 end),
                   sum(case when i.status = org.opencontest.dataset.issue.DataIssueStatus.FIXED then 1 else 0 end)
            from DataIssue i where i.datasetId in ?1 group by i.datasetId""")
    List<Object[]> countsByDataset(Collection<Long> datasetIds);
}
