package org.opencontest.partnering.internal;


import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IntroductionRepository extends JpaRepository<Introduction, Long> {

    List<Introduction> findByPartnerIdOrderByCreatedAtDesc(long partnerId);

    List<Introduction> findByProjectIdInOrderByCreatedAtDesc(Collection<Long> projectIds);

    boolean existsByPartnerIdAndProjectIdAndStatus(long partnerId, long projectId, IntroductionStatus status);

    /** Per status and outcome: [status, outcome, count] for one contest. */
    @Query("select i.status, i.outcome, count(i) from Introduction i where i.contestId = :contestId"
            + " group by i.status, i.outcome")
    List<Object[]> countByContest(long contestId);
}
