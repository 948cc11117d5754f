package org.opencontest.judging.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ScoreSheetRepository extends JpaRepository<ScoreSheet, Long> {

    Optional<ScoreSheet> findByAssignmentId(long assignmentId);

    List<ScoreSheet> findByAssignmentIdIn(Collection<Long> assignmentIds);

    boolean existsByRoundIdAndStatus(long roundId, SheetStatus status);

    @Query("""
            select count(s) > 0 from ScoreSheet s, Assignment a
            where a.id = s.assignmentId and a.entryId = ?1 and s.status = ?2""")
    boolean existsForEntry(long entryId, SheetStatus status);

    /** A round's sheets in one status with their marks, read in one query. */
    @Query("""
            select distinct s from ScoreSheet s left join fetch s.marks
            where s.roundId = :roundId and s.status = :status order by s.id""")
    List<ScoreSheet> findWithMarks(long roundId, SheetStatus status);
}
