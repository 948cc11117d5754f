package org.opencontest.submission.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DraftFileRepository extends JpaRepository<DraftFile, Long> {

    List<DraftFile> findByPackageIdOrderByUploadedAtAscIdAsc(long packageId);

    Optional<DraftFile> findByIdAndPackageId(long id, long packageId);

    @Modifying(flushAutomatically = true)
    @Query("update DraftFile f set f.packageId = ?2 where f.id = ?1")
    void moveToPackage(long fileId, long packageId);
}
