package org.opencontest.dataset.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DataFileRepository extends JpaRepository<DataFile, Long> {

    List<DataFile> findByReleaseIdInOrderByNameAsc(Collection<Long> releaseIds);

    List<DataFile> findByReleaseIdOrderByNameAsc(long releaseId);

    boolean existsByReleaseIdAndNameKey(long releaseId, String nameKey);

    long countByReleaseId(long releaseId);
}
