package org.opencontest.contest.internal;

import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.Timeline;
import org.opencontest.shared.error.UserFacingException;

/** A timeline breaks one of the {@link Timeline} rules; the message names the phases involved and the rule. */
public class TimelineViolation extends UserFacingException {

    public TimelineViolation(String messageKey, PhaseKind... phases) {
        super(messageKey, (Object[]) phases);
    }
}
