package org.opencontest.contest;

import org.opencontest.shared.error.UserFacingException;

/** A timeline breaks one of the {@link Timeline} rules; the message names the phases involved and the rule. */
public class TimelineViolation extends UserFacingException {

    TimelineViolation(String messageKey, PhaseKind... phases) {
        super(messageKey, (Object[]) phases);
    }
}
