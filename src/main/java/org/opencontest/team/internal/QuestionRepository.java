package org.opencontest.team.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionRepository extends JpaRepository<Question, Long> {

    List<Question> findByContestIdOrderByPositionAscIdAsc(long contestId);
}
