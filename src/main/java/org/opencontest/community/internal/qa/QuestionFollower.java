package org.opencontest.community.internal.qa;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Someone who is notified of a thread's new replies and official answers. */
@Entity
@Table(name = "community_qa_follower")
class QuestionFollower {

    @EmbeddedId
    private Key key;

    protected QuestionFollower() {
    }

    QuestionFollower(long threadId, long userId) {
        this.key = new Key(threadId, userId);
    }

    @Embeddable
    static class Key implements Serializable {

        @Column(name = "thread_id")
        private long threadId;

        @Column(name = "user_id")
        private long userId;

        protected Key() {
        }

        Key(long threadId, long userId) {
            this.threadId = threadId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.threadId == threadId && key.userId == userId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(threadId, userId);
        }
    }
}
