package org.opencontest.community.internal.qa;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QuestionPostRepository extends JpaRepository<QuestionPost, Long> {

    /** A thread's posts, the opening one first; hidden ones only for moderators. */
    @Query("select p from QuestionPost p where p.threadId = :thread and (:moderator = true or p.hiddenReason is null)"
            + " order by p.opening desc, p.createdAt, p.id")
    List<QuestionPost> inThread(@Param("thread") long threadId, @Param("moderator") boolean moderator, Pageable page);

    @Query("select count(p) from QuestionPost p where p.threadId = :thread"
            + " and (:moderator = true or p.hiddenReason is null)")
    long countInThread(@Param("thread") long threadId, @Param("moderator") boolean moderator);

    /** The contest's FAQ: visible official answers in visible threads, newest first. */
    @Query("select new org.opencontest.community.internal.qa.FaqRow(t.id, t.title, p.body, p.officialAt)"
            + " from QuestionPost p, QuestionThread t where t.id = p.threadId and p.contestId = :contest"
            + " and p.officialAt is not null and p.hiddenReason is null and t.hiddenReason is null"
            + " order by p.officialAt desc, p.id desc")
    List<FaqRow> faq(@Param("contest") long contestId, Pageable page);

    @Query("select count(p) from QuestionPost p, QuestionThread t where t.id = p.threadId"
            + " and p.contestId = :contest and p.officialAt is not null and p.hiddenReason is null"
            + " and t.hiddenReason is null")
    long countFaq(@Param("contest") long contestId);

    long countByAuthorIdAndCreatedAtAfter(long authorId, Instant after);
}
