package org.opencontest.judging.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByRoundIdOrderByEntryIdAscJudgeIdAsc(long roundId);

    List<Assignment> findByJudgeIdOrderByRoundIdAscEntryIdAsc(long judgeId);

    Optional<Assignment> findByEntryIdAndJudgeId(long entryId, long judgeId);

    /** Active assignments of a judge (linked to {@code userId}) to entries of a submitted version. */
    @Query("""
            select a from Assignment a, JudgingEntry e, Judge j
            where e.id = a.entryId and j.id = a.judgeId and a.recusedAt is null
              and e.submissionVersionId = :versionId and j.userId = :userId""")
    List<Assignment> findActiveForVersionAndUser(long versionId, long userId);
}
