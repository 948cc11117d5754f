package org.opencontest.judging.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PitchFinalRepository extends JpaRepository<PitchFinal, Long> {

    Optional<PitchFinal> findByRoundId(long roundId);

    List<PitchFinal> findByContestIdOrderByStartsAt(long contestId);

    /** {@code SELECT ... FOR UPDATE}: two draws of one final (two tabs, two nodes) run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from PitchFinal f where f.roundId = :roundId")
    Optional<PitchFinal> lockByRoundId(long roundId);
}
