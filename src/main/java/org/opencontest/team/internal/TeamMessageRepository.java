package org.opencontest.team.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamMessageRepository extends JpaRepository<TeamMessage, Long> {

    List<TeamMessage> findTop20ByContestIdOrderBySentAtDesc(long contestId);
}
