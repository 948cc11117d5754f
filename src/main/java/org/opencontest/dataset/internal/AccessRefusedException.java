package org.opencontest.dataset.internal;

import org.opencontest.shared.error.UserFacingException;

/** A visible dataset whose files the caller may not download yet; {@link #reason()} says what is missing. */
public class AccessRefusedException extends UserFacingException {

    private final AccessRefusal reason;

    public AccessRefusedException(AccessRefusal reason) {
        super(reason.messageKey());
        this.reason = reason;
    }

    public AccessRefusal reason() {
        return reason;
    }
}
