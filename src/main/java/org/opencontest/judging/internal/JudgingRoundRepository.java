package org.opencontest.judging.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JudgingRoundRepository extends JpaRepository<JudgingRound, Long> {

    List<JudgingRound> findByContestIdOrderByPosition(long contestId);

    boolean existsByRubricIdAndLockedAtIsNotNull(long rubricId);

    List<JudgingRound> findByJudgingDeadlineBetweenOrderById(Instant from, Instant to);
}
