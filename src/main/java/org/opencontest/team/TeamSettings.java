package org.opencontest.team;

import java.io.Serializable;
import java.time.Instant;

/**
 * The organiser's registration settings of one contest.
 *
 * @param version          quote it when saving; 0 while the contest still uses the defaults
 * @param approvalRequired new teams wait for the organiser's approval; otherwise they are approved at once
 * @param soloAllowed      participants may enter alone as a team of one, exempt from the minimum team size
 * @param lockAt           when membership freezes; null: when registration closes
 * @param mergeDeadline    the last moment two teams may merge; null: the lock instant
 * @param rulesVersion     the version of the rules participants consent to; null: a fingerprint of the rules text
 */
public record TeamSettings(long contestId, long version, boolean approvalRequired, boolean soloAllowed,
                           Instant lockAt, Instant mergeDeadline, String rulesVersion) implements Serializable {
}
