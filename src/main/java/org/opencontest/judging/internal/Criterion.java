package org.opencontest.judging.internal;

import org.opencontest.shared.error.UserFacingException;

/**
 * One rubric criterion: a positive weight and an integer scale from {@code min} to {@code max}. The weight is relative
 * (weights 2 and 1 mean "twice as important"), so organisers need not make them add up to anything.
 */
public record Criterion(String key, double weight, int min, int max) {

    public Criterion {
        if (key == null || key.isBlank()) {
            throw new UserFacingException("judging.rubric.error.keyRequired");
        }
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw new UserFacingException("judging.rubric.error.weightNotPositive", key);
        }
        if (max <= min) {
            throw new UserFacingException("judging.rubric.error.scaleEmpty", key, min, max);
        }
    }

    /** Where {@code score} lies on this criterion's scale, from 0 (minimum) to 1 (maximum). */
    double fraction(int score) {
        if (score < min || score > max) {
            throw new UserFacingException("judging.rubric.error.scoreOutOfRange", key, score, min, max);
        }
        return (double) (score - min) / (max - min);
    }
}
