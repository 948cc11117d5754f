package org.opencontest.judging.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opencontest.shared.error.UserFacingException;

/**
 * The weighted score of a sheet on 0–100: each criterion's score is placed on its own scale (0 at its minimum,
 * 1 at its maximum), the places are averaged with the criteria's weights, and the average is multiplied by 100.
 * So a criterion scored 1–5 and one scored 0–10 count by their weights only, never by the width of their scales.
 */
public record Rubric(List<Criterion> criteria) {

    public Rubric {
        if (criteria == null || criteria.isEmpty()) {
            throw new UserFacingException("judging.rubric.error.noCriteria");
        }
        Set<String> keys = new HashSet<>();
        for (Criterion criterion : criteria) {
            if (!keys.add(criterion.key())) {
                throw new UserFacingException("judging.rubric.error.duplicateKey", criterion.key());
            }
        }
        criteria = List.copyOf(criteria);
    }

    /** The sheet's weighted score on 0–100; every criterion must be scored and nothing else. */
    public double score(Map<String, Integer> scores) {
        for (String key : scores.keySet()) {
            if (criteria.stream().noneMatch(c -> c.key().equals(key))) {
                throw new UserFacingException("judging.rubric.error.unknownCriterion", key);
            }
        }
        double weighted = 0;
        double weights = 0;
        for (Criterion criterion : criteria) {
            Integer score = scores.get(criterion.key());
            if (score == null) {
                throw new UserFacingException("judging.rubric.error.criterionUnscored", criterion.key());
            }
            weighted += criterion.weight() * criterion.fraction(score);
            weights += criterion.weight();
        }
        return 100 * weighted / weights;
    }
}
