package org.opencontest.vote.internal;

import java.io.Serializable;
import java.time.Instant;

import org.opencontest.shared.i18n.LocalizedText;

/** A ballot as the anomaly review lists it (never shown to voters). */
public record BallotRow(long id, LocalizedText entryTitle, String teamName, long voterId, String network,
                        Instant castAt, long accountAgeSeconds, Instant voidedAt, String voidReason)
        implements Serializable {
}
