package org.opencontest.community.internal.qa;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QuestionReportRepository extends JpaRepository<QuestionReport, Long> {

    /** The contest's moderation queue, oldest report first, each with the post and thread it concerns. */
    @Query("select new org.opencontest.community.internal.qa.ReportQueueRow(r.id, r.reason, r.createdAt, r.reporterId,"
            + " p.id, p.version, p.authorId, p.body,"
            + " case when p.hiddenReason is null then false else true end, t.id, t.title)"
            + " from QuestionReport r, QuestionPost p, QuestionThread t where p.id = r.postId and t.id = p.threadId"
            + " and r.contestId = :contest and r.resolvedAt is null order by r.createdAt, r.id")
    List<ReportQueueRow> queue(@Param("contest") long contestId, Pageable page);

    long countByContestIdAndResolvedAtIsNull(long contestId);

    boolean existsByPostIdAndReporterId(long postId, long reporterId);

    @Modifying(flushAutomatically = true)
    @Query("update QuestionReport r set r.resolvedAt = :at where r.postId = :post and r.resolvedAt is null")
    int resolveAllOf(@Param("post") long postId, @Param("at") Instant at);
}
