package org.opencontest.judging.internal;

/**
 * How a judge's sheets were treated by normalisation: their count, mean and standard deviation (population), and
 * whether they were normalised or left alone by a guard.
 */
public record JudgeCalibration(long judgeId, int sheets, double mean, double standardDeviation, Status status) {

    public enum Status {
        /** Turned into z-scores and mapped back onto the pooled scale. */
        NORMALISED,
        /** Too few sheets to estimate the judge's mean and spread: raw scores used as they are. */
        TOO_FEW_SHEETS,
        /** The judge gave every entry the same score: no preference to keep, the offset is removed. */
        ZERO_SPREAD
    }
}
