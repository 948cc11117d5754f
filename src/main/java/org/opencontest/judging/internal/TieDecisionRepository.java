package org.opencontest.judging.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TieDecisionRepository extends JpaRepository<TieDecision, Long> {

    List<TieDecision> findByRoundIdOrderById(long roundId);
}
