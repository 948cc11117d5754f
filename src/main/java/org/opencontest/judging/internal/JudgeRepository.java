package org.opencontest.judging.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JudgeRepository extends JpaRepository<Judge, Long> {

    List<Judge> findByContestIdOrderById(long contestId);

    boolean existsByContestIdAndEmail(long contestId, String email);
}
