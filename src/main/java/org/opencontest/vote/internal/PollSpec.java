package org.opencontest.vote.internal;

import java.io.Serializable;
import java.time.Instant;

/**
 * What an organiser chooses when opening a vote.
 *
 * @param trackId            one track of the contest, or null for the whole contest
 * @param votesPerVoter      how many entries one voter may vote for per track (1 = one vote per voter per track)
 * @param minAccountAgeHours how old an account must be to vote (0 = no minimum)
 */
public record PollSpec(Long trackId, EntryChoice entries, int votesPerVoter, int minAccountAgeHours, Instant opensAt,
                       Instant closesAt) implements Serializable {
}
