package org.opencontest.submission.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DraftFileRepository extends JpaRepository<DraftFile, Long> {

    List<DraftFile> findByPackageIdOrderByUploadedAtAscIdAsc(long packageId);

    Optional<DraftFile> findByIdAndPackageId(long id, long packageId);

    boolean existsByPackageIdAndName(long packageId, String name);
}
