package org.opencontest.community.internal.qa;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** The text a post had before an edit, who replaced it and when: the post's history. */
@Entity
@Table(name = "community_qa_post_revision")
class QuestionPostRevision extends BaseEntity {

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(nullable = false)
    private String body;

    @Column(name = "editor_id", nullable = false)
    private long editorId;

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    protected QuestionPostRevision() {
    }

    QuestionPostRevision(long postId, String body, long editorId, Instant replacedAt) {
        this.postId = postId;
        this.body = body;
        this.editorId = editorId;
        this.replacedAt = replacedAt;
    }

    String getBody() {
        return body;
    }

    long getEditorId() {
        return editorId;
    }

    Instant getReplacedAt() {
        return replacedAt;
    }
}
