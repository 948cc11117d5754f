package org.opencontest.judging.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JudgingEntryRepository extends JpaRepository<JudgingEntry, Long> {

    List<JudgingEntry> findByRoundIdOrderById(long roundId);

    boolean existsByRoundId(long roundId);

    long countByRoundId(long roundId);
}
