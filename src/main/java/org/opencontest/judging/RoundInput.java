package org.opencontest.judging;

import java.math.BigDecimal;
import java.time.Instant;

import org.opencontest.shared.i18n.LocalizedText;

/**
 * A judging round as the organiser sets it up.
 *
 * @param judgesPerEntry   k, how many judges score each entry
 * @param advanceCount     how many entries advance to the next round (or null)
 * @param advanceThreshold from which score entries advance (or null); not both
 */
public record RoundInput(LocalizedText name, long rubricId, boolean blind, int judgesPerEntry, Integer advanceCount,
        BigDecimal advanceThreshold, Aggregation aggregation, Instant judgingDeadline) {

    public RoundInput {
        name = LocalizedText.orEmpty(name);
    }
}
