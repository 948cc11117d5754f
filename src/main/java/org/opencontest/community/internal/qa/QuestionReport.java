package org.opencontest.community.internal.qa;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** Someone's report that a post is abusive, waiting in the contest's moderation queue until resolved. */
@Entity
@Table(name = "community_qa_report")
class QuestionReport extends BaseEntity {

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(name = "contest_id", nullable = false)
    private long contestId;

    @Column(name = "reporter_id", nullable = false)
    private long reporterId;

    @Column(nullable = false)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected QuestionReport() {
    }

    QuestionReport(QuestionPost post, long reporterId, String reason, Instant now) {
        this.postId = post.getId();
        this.contestId = post.getContestId();
        this.reporterId = reporterId;
        this.reason = reason;
        this.createdAt = now;
    }

    void resolve(Instant now) {
        resolvedAt = now;
    }

    long getContestId() {
        return contestId;
    }

    boolean isResolved() {
        return resolvedAt != null;
    }
}
