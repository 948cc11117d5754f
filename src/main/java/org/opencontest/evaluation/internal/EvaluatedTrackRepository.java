package org.opencontest.evaluation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluatedTrackRepository extends JpaRepository<EvaluatedTrack, Long> {

    List<EvaluatedTrack> findByContestIdOrderByIdAsc(long contestId);
}
