package org.opencontest.judging.internal;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A deadline reminder sent to a judge for a round; the key makes sure it is sent once. */
@Entity
@Table(name = "judging_reminder")
@IdClass(SentReminder.Key.class)
public class SentReminder {

    @Id
    @Column(name = "round_id")
    private long roundId;

    @Id
    @Column(name = "judge_id")
    private long judgeId;

    @Id
    @Column(name = "reminder")
    private String reminder;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected SentReminder() {
    }

    public SentReminder(long roundId, long judgeId, String reminder, Instant sentAt) {
        this.roundId = roundId;
        this.judgeId = judgeId;
        this.reminder = reminder;
        this.sentAt = sentAt;
    }

    /** The composite key, as JPA's id class wants it (fields named like the entity's). */
    public static class Key implements Serializable {

        private long roundId;
        private long judgeId;
        private String reminder;

        protected Key() {
        }

        public Key(long roundId, long judgeId, String reminder) {
            this.roundId = roundId;
            this.judgeId = judgeId;
            this.reminder = reminder;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.roundId == roundId && key.judgeId == judgeId
                    && java.util.Objects.equals(key.reminder, reminder);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(roundId, judgeId, reminder);
        }
    }
}
