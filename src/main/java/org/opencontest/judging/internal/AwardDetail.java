package org.opencontest.judging.internal;

import java.io.Serializable;
import java.time.Instant;

import org.opencontest.shared.i18n.LocalizedText;

/** An award as its organisers see it, with the recorded reason and the judging-log link that records it. */
public record AwardDetail(long id, LocalizedText award, Integer rank, boolean special, long versionId, long teamId,
                          String teamName, LocalizedText title, String reason, Instant decidedAt)
        implements Serializable {
}
