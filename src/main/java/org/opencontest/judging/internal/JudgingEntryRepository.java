package org.opencontest.judging.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JudgingEntryRepository extends JpaRepository<JudgingEntry, Long> {

    List<JudgingEntry> findByRoundIdOrderById(long roundId);

    boolean existsByRoundId(long roundId);

    long countByRoundId(long roundId);

    /** A team's entries taken from its submissions (not advanced from an earlier round). */
    List<JudgingEntry> findByContestIdAndTeamIdAndAdvancedFromEntryIdIsNull(long contestId, long teamId);
}
