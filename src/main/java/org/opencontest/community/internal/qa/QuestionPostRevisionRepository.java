package org.opencontest.community.internal.qa;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionPostRevisionRepository extends JpaRepository<QuestionPostRevision, Long> {

    List<QuestionPostRevision> findByPostIdOrderByReplacedAtAscIdAsc(long postId);
}
