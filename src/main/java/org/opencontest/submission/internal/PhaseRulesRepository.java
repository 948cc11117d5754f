package org.opencontest.submission.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PhaseRulesRepository extends JpaRepository<PhaseRules, Long> {

    Optional<PhaseRules> findByContestId(long contestId);
}
