package org.opencontest.judging.internal;

import java.io.Serializable;
import java.time.ZoneId;

import org.opencontest.shared.i18n.LocalizedText;

/** The round a final belongs to, as the final's page names it. */
public record PitchRound(long roundId, long contestId, ZoneId contestZone, LocalizedText name) implements Serializable {
}
