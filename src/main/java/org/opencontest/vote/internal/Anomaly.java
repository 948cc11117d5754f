package org.opencontest.vote.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One suspicious group of ballots.
 *
 * @param subject what the group shares: the entry's title, the network, or empty for sign-up timing
 */
public record Anomaly(AnomalyRule rule, String subject, Instant from, Instant to, List<Long> ballotIds)
        implements Serializable {
}
