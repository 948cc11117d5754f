package org.opencontest.judging.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByRoundIdOrderByEntryIdAscJudgeIdAsc(long roundId);

    Optional<Assignment> findByEntryIdAndJudgeId(long entryId, long judgeId);

    List<Assignment> findByRoundIdAndNotifiedAtIsNullAndRecusedAtIsNull(long roundId);

    List<Assignment> findByJudgeIdInOrderByRoundIdAscIdAsc(Collection<Long> judgeIds);

    /** Per judge of the round: how many of their sheets are still open (not submitted, not recused). */
    @Query("""
            select new org.opencontest.judging.internal.OpenSheets(a.judgeId, count(a))
            from Assignment a, ScoreSheet s
            where s.assignmentId = a.id and a.roundId = :roundId and a.recusedAt is null
              and s.status = org.opencontest.judging.internal.SheetStatus.DRAFT
            group by a.judgeId order by a.judgeId""")
    List<OpenSheets> openSheetsByJudge(long roundId);

    /** Active assignments of a judge (linked to {@code userId}) to entries of a submitted version. */
    @Query("""
            select a from Assignment a, JudgingEntry e, Judge j
            where e.id = a.entryId and j.id = a.judgeId and a.recusedAt is null
              and e.submissionVersionId = :versionId and j.userId = :userId""")
    List<Assignment> findActiveForVersionAndUser(long versionId, long userId);
}
