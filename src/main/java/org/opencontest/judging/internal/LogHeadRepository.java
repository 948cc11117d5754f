package org.opencontest.judging.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface LogHeadRepository extends JpaRepository<LogHead, Long> {

    /** {@code SELECT ... FOR UPDATE}: concurrent appends to one contest's log (on any node) wait for each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from LogHead h where h.contestId = :contestId")
    Optional<LogHead> lock(long contestId);
}
