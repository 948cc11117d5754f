package org.opencontest.judging.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A judge's score (null while undecided in a draft) and comment on one criterion of a sheet. */
@Embeddable
public class CriterionMark {

    @Column(name = "criterion_key", nullable = false)
    private String criterionKey;

    @Column
    private Integer score;

    @Column(nullable = false)
    private String comment;

    protected CriterionMark() {
    }

    public CriterionMark(String criterionKey, Integer score, String comment) {
        this.criterionKey = criterionKey;
        this.score = score;
        this.comment = comment;
    }

    public String getCriterionKey() {
        return criterionKey;
    }

    public Integer getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }
}
