package org.opencontest.judging.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface JudgeRepository extends JpaRepository<Judge, Long> {

    List<Judge> findByContestIdOrderById(long contestId);

    List<Judge> findByUserIdOrderById(long userId);

    boolean existsByContestIdAndEmail(long contestId, String email);

    @Query("select j from Judge j where j.email = :email or j.userId = :userId order by j.id")
    List<Judge> findByEmailOrUserId(String email, long userId);
}
