package org.opencontest.judging.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface JudgingAwardRepository extends JpaRepository<JudgingAward, Long> {

    /** Ranked prizes first (best rank first), then special awards, each in the order they were decided. */
    @Query("select a from JudgingAward a where a.contestId = :contestId "
            + "order by case when a.rank is null then 1 else 0 end, a.rank, a.decidedAt, a.id")
    List<JudgingAward> findInGalleryOrder(long contestId);

    boolean existsByContestIdAndPrizePositionAndVersionId(long contestId, Integer prizePosition, long versionId);

    boolean existsByContestIdAndNameEnAndVersionId(long contestId, String nameEn, long versionId);
}
