package org.opencontest.community.internal.qa;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QuestionThreadRepository extends JpaRepository<QuestionThread, Long> {

    /** The board's filter: hidden threads only for moderators; the pattern matches the title or a visible post. */
    String BOARD = " from QuestionThread t where t.contestId = :contest"
            + " and (:moderator = true or t.hiddenReason is null)"
            + " and (lower(t.title) like :pattern escape '\\'"
            + " or exists (select p.id from QuestionPost p where p.threadId = t.id"
            + " and (:moderator = true or p.hiddenReason is null) and lower(p.body) like :pattern escape '\\'))";

    @Query("select t" + BOARD + " order by t.pinned desc, t.lastPostAt desc, t.id desc")
    List<QuestionThread> board(@Param("contest") long contestId, @Param("moderator") boolean moderator,
                               @Param("pattern") String pattern, Pageable page);

    @Query("select count(t)" + BOARD)
    long countBoard(@Param("contest") long contestId, @Param("moderator") boolean moderator,
                    @Param("pattern") String pattern);

    /** Counts a reply without touching the thread's version, so replying never collides with moderation. */
    @Modifying(flushAutomatically = true)
    @Query("update QuestionThread t set t.replyCount = t.replyCount + :delta,"
            + " t.lastPostAt = case when :at > t.lastPostAt then :at else t.lastPostAt end where t.id = :id")
    void countReply(@Param("id") long threadId, @Param("delta") int delta, @Param("at") Instant at);
}
