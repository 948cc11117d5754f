package org.opencontest.evaluation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface EvaluationEntryRepository extends JpaRepository<EvaluationEntry, Long> {

    Optional<EvaluationEntry> findByVersionId(long versionId);

    List<EvaluationEntry> findByTrackRefOrderBySubmittedAtAscIdAsc(long trackRef);

    List<EvaluationEntry> findByTrackRefOrderBySubmittedAtDescIdDesc(long trackRef);

    /** A team's entries in a track, locked: picks by two members at once are counted one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT e FROM EvaluationEntry e WHERE e.trackRef = ?1 AND e.teamId = ?2 ORDER BY e.id")
    List<EvaluationEntry> lockTeamEntries(long trackRef, long teamId);

    List<EvaluationEntry> findByTrackRefAndStatus(long trackRef, EvaluationEntry.Status status);

    /**
     * A team's entries in a track submitted in [from, before) that count against the daily quota: every one that
     * has not failed (a file refused by validation, or one over the quota, does not count).
     */
    @Query("SELECT COUNT(e) FROM EvaluationEntry e WHERE e.trackRef = ?1 AND e.teamId = ?2"
            + " AND e.submittedAt >= ?3 AND e.submittedAt < ?4 AND e.status <> 'FAILED'")
    long countingBetween(long trackRef, long teamId, Instant from, Instant before);
}
