package org.opencontest.judging.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConflictRepository extends JpaRepository<Conflict, Long> {

    List<Conflict> findByContestIdOrderById(long contestId);

    boolean existsByJudgeIdAndTeamIdAndReason(long judgeId, long teamId, ConflictReason reason);
}
