package org.opencontest.judging.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JudgingRubricRepository extends JpaRepository<JudgingRubric, Long> {

    List<JudgingRubric> findByContestIdOrderById(long contestId);
}
