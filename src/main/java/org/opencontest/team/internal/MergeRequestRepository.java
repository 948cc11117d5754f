package org.opencontest.team.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MergeRequestRepository extends JpaRepository<MergeRequest, Long> {

    @Query("select m from MergeRequest m where m.status = 'OPEN' and (m.fromTeamId = :teamId or m.toTeamId = :teamId) "
            + "order by m.createdAt")
    List<MergeRequest> findOpenInvolving(@Param("teamId") long teamId);

    boolean existsByFromTeamIdAndToTeamIdAndStatus(long fromTeamId, long toTeamId, MergeRequest.Status status);
}
