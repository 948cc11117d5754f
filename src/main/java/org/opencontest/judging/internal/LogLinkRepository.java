package org.opencontest.judging.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LogLinkRepository extends JpaRepository<LogLink, Long> {

    List<LogLink> findByContestIdOrderBySequence(long contestId);
}
