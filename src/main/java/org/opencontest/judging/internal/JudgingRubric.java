package org.opencontest.judging.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** A contest's rubric and its criteria (replaced as a whole when the organiser edits it). */
@Entity
@Table(name = "judging_rubric")
public class JudgingRubric extends BaseEntity {

    @Column(name = "contest_id", nullable = false)
    private long contestId;

    @Column(nullable = false)
    private String name;

    @OneToMany(mappedBy = "rubric", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<JudgingCriterion> criteria = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected JudgingRubric() {
    }

    public JudgingRubric(long contestId, Instant now) {
        this.contestId = contestId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void rename(String newName, Instant now) {
        this.name = newName;
        this.updatedAt = now;
    }

    public void replaceCriteria(List<JudgingCriterion> replacement) {
        criteria.clear();
        criteria.addAll(replacement);
    }

    public long getContestId() {
        return contestId;
    }

    public String getName() {
        return name;
    }

    public List<JudgingCriterion> getCriteria() {
        return List.copyOf(criteria);
    }

    /** The rubric's maths (weights and scales) for scoring a sheet. */
    public Rubric maths() {
        return new Rubric(criteria.stream().map(c -> new Criterion(c.getKey(), c.getWeight().doubleValue(),
                c.getMin(), c.getMax())).toList());
    }
}
