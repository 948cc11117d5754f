package org.opencontest.judging.internal;

import java.io.Serializable;

/**
 * How one judge's sheets were treated in a round's ranking.
 *
 * @param statusKey the translated guard: {@code judging.calibration.NORMALISED}, {@code .TOO_FEW_SHEETS} or
 *                  {@code .ZERO_SPREAD}
 */
public record JudgeRow(String name, int sheets, double mean, double standardDeviation, String statusKey)
        implements Serializable {
}
