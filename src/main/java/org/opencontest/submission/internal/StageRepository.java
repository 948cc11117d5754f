package org.opencontest.submission.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StageRepository extends JpaRepository<SubmissionStage, Long> {

    List<SubmissionStage> findByContestIdOrderByPosition(long contestId);

    Optional<SubmissionStage> findByContestIdAndPosition(long contestId, int position);

    @Query("SELECT s.position FROM SubmissionStage s WHERE s.contestId = :contestId AND s.feedbackReleased = true")
    Set<Integer> feedbackReleasedPositions(@Param("contestId") long contestId);
}
