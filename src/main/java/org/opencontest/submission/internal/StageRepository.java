package org.opencontest.submission.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StageRepository extends JpaRepository<SubmissionStage, Long> {

    List<SubmissionStage> findByContestIdOrderByPosition(long contestId);

    Optional<SubmissionStage> findByContestIdAndPosition(long contestId, int position);
}
