package org.opencontest.community.internal.qa;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** A post of a Q&A thread: the opening question or a reply, in the author's markdown, with its last edit's time. */
@Entity
@Table(name = "community_qa_post")
class QuestionPost extends BaseEntity {

    @Column(name = "thread_id", nullable = false)
    private long threadId;

    @Column(name = "contest_id", nullable = false)
    private long contestId;

    @Column(nullable = false)
    private boolean opening;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "official_at")
    private Instant officialAt;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    protected QuestionPost() {
    }

    QuestionPost(QuestionThread thread, boolean opening, long authorId, String body, Instant now) {
        this.threadId = thread.getId();
        this.contestId = thread.getContestId();
        this.opening = opening;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = now;
    }

    /** Marks the reply as the official answer ({@code at}) or takes the mark back (null). */
    void markOfficial(Instant at) {
        officialAt = at;
    }

    /** Replaces the text; the caller keeps the old one as a revision. */
    void rewrite(String newBody, Instant now) {
        body = newBody;
        editedAt = now;
    }

    void hide(String reason, Instant now) {
        hiddenReason = reason;
        hiddenAt = now;
    }

    void unhide() {
        hiddenReason = null;
        hiddenAt = null;
    }

    long getThreadId() {
        return threadId;
    }

    long getContestId() {
        return contestId;
    }

    boolean isOpening() {
        return opening;
    }

    long getAuthorId() {
        return authorId;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getOfficialAt() {
        return officialAt;
    }

    Instant getEditedAt() {
        return editedAt;
    }

    String getHiddenReason() {
        return hiddenReason;
    }

    boolean isHidden() {
        return hiddenReason != null;
    }
}
