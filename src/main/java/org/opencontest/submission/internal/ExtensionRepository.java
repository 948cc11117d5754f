package org.opencontest.submission.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExtensionRepository extends JpaRepository<Extension, Long> {

    Optional<Extension> findByContestIdAndTeamId(long contestId, long teamId);

    List<Extension> findByContestIdOrderByGrantedAtDesc(long contestId);
}
