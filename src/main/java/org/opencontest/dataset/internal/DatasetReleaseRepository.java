package org.opencontest.dataset.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DatasetReleaseRepository extends JpaRepository<DatasetRelease, Long> {

    List<DatasetRelease> findByDatasetIdOrderByNumberDesc(long datasetId);

    List<DatasetRelease> findByDatasetIdInOrderByNumberDesc(Collection<Long> datasetIds);

    @Query("select coalesce(max(r.number), 0) from DatasetRelease r where r.dataset.id = ?1")
    int maxNumber(long datasetId);

    Optional<DatasetRelease> findByIdAndDatasetId(long id, long datasetId);
}
