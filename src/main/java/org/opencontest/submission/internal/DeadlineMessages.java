package org.opencontest.submission.internal;

import java.time.Instant;
import java.time.ZoneId;

import org.opencontest.shared.time.ZoneDisplay;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.time.ZonedMoment;
import org.opencontest.shared.security.CurrentUser;

/** Refusals that quote the deadline, shown in the contest's zone and the caller's. */
public final class DeadlineMessages {

    private DeadlineMessages() {
    }

    public static void requireAccepted(DeadlineRules.Timing timing, DeadlineRules rules, ZoneId contestZone) {
        switch (timing) {
            case NOT_OPEN -> throw new UserFacingException("submission.error.notOpen", when(rules.opens(), contestZone));
            case LATE_REFUSED -> throw new UserFacingException("submission.error.deadlinePassed",
                    when(rules.deadline(), contestZone));
            default -> {
                // accepted
            }
        }
    }

    private static ZonedMoment when(Instant at, ZoneId contestZone) {
        return ZoneDisplay.moment(at, contestZone, CurrentUser.require().zone());
    }
}
