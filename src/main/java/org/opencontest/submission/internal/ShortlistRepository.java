package org.opencontest.submission.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ShortlistRepository extends JpaRepository<Shortlisting, Long> {

    boolean existsByContestIdAndStageAndTeamId(long contestId, int stage, long teamId);

    List<Shortlisting> findByContestIdOrderByStageAscAddedAtAsc(long contestId);

    List<Shortlisting> findByContestIdAndStageAndTeamIdIn(long contestId, int stage, Collection<Long> teamIds);

    boolean existsByContestIdAndStage(long contestId, int stage);

    long countByContestIdAndStage(long contestId, int stage);

    List<Shortlisting> findByContestIdAndTeamId(long contestId, long teamId);
}
