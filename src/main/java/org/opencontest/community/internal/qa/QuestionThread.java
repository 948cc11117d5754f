package org.opencontest.community.internal.qa;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/**
 * A thread of a contest's Q&A board: its title and the moderators' flags. Its posts (the opening one first) are
 * {@link QuestionPost} rows; the reply count and the time of the newest post are kept here for the board's list.
 */
@Entity
@Table(name = "community_qa_thread")
class QuestionThread extends BaseEntity {

    @Column(name = "contest_id", nullable = false)
    private long contestId;

    @Column(nullable = false)
    private String title;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_post_at", nullable = false)
    private Instant lastPostAt;

    @Column(name = "reply_count", nullable = false)
    private int replyCount;

    @Column(nullable = false)
    private boolean pinned;

    @Column(nullable = false)
    private boolean locked;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    protected QuestionThread() {
    }

    QuestionThread(long contestId, String title, long authorId, Instant now) {
        this.contestId = contestId;
        this.title = title;
        this.authorId = authorId;
        this.createdAt = now;
        this.lastPostAt = now;
    }

    void pin(boolean value) {
        pinned = value;
    }

    void lock(boolean value) {
        locked = value;
    }

    /** Hidden with its opening post (reason given) or shown again (null). */
    void hide(String reason) {
        hiddenReason = reason;
    }

    long getContestId() {
        return contestId;
    }

    String getTitle() {
        return title;
    }

    long getAuthorId() {
        return authorId;
    }

    Instant getLastPostAt() {
        return lastPostAt;
    }

    int getReplyCount() {
        return replyCount;
    }

    boolean isPinned() {
        return pinned;
    }

    boolean isLocked() {
        return locked;
    }

    String getHiddenReason() {
        return hiddenReason;
    }

    boolean isHidden() {
        return hiddenReason != null;
    }
}
