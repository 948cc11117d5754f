package org.opencontest.judging.internal;

import java.time.Instant;
import java.util.Set;

/** A judge of a contest; {@code userId} is null until an account with the invited address exists. */
public record JudgeDetail(long id, long version, long contestId, String email, String displayName,
        String organisation, Set<Long> expertise, int maxLoad, Long userId, Instant invitedAt) {
}
