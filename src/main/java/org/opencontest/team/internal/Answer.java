package org.opencontest.team.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** A member's answer to an eligibility question, as given when they registered or joined. */
@Entity
@Table(name = "team_answer")
public class Answer extends BaseEntity {

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(nullable = false)
    private String answer;

    protected Answer() {
    }

    public Answer(long memberId, long questionId, String answer) {
        this.memberId = memberId;
        this.questionId = questionId;
        this.answer = answer;
    }

    public long getMemberId() {
        return memberId;
    }

    public long getQuestionId() {
        return questionId;
    }

    public String getAnswer() {
        return answer;
    }
}
