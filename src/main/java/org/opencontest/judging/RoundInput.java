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
 * @param stage            the submission stage the round judges in a staged contest (its entries are the versions
 *                         submitted there, its ranking shortlists into the next stage), or null for none
 */
public record RoundInput(LocalizedText name, long rubricId, boolean blind, int judgesPerEntry, Integer advanceCount,
        BigDecimal advanceThreshold, Aggregation aggregation, Instant judgingDeadline, Integer stage) {

    public RoundInput {
        name = LocalizedText.orEmpty(name);
    }

    /** A round that judges no particular stage. */
    public RoundInput(LocalizedText name, long rubricId, boolean blind, int judgesPerEntry, Integer advanceCount,
            BigDecimal advanceThreshold, Aggregation aggregation, Instant judgingDeadline) {
        this(name, rubricId, blind, judgesPerEntry, advanceCount, advanceThreshold, aggregation, judgingDeadline,
                null);
    }

    public RoundInput withStage(Integer stage) {
        return new RoundInput(name, rubricId, blind, judgesPerEntry, advanceCount, advanceThreshold, aggregation,
                judgingDeadline, stage);
    }
}
