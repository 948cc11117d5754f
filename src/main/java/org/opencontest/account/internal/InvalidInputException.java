package org.opencontest.account.internal;

import java.util.List;

import org.opencontest.shared.error.UserFacingException;

/** Refused input; carries every broken rule so that a form can mark all offending fields at once. */
public class InvalidInputException extends UserFacingException {

    private final transient List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(violations.get(0).messageKey(), violations.get(0).arguments().toArray());
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(FieldViolation violation) {
        this(List.of(violation));
    }

    public List<FieldViolation> getViolations() {
        return violations;
    }
}
