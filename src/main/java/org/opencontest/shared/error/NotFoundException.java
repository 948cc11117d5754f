package org.opencontest.shared.error;

/** Thrown both for missing objects and for objects the caller may not see: a guessed id learns nothing. */
public class NotFoundException extends UserFacingException {

    public NotFoundException() {
        super("error.notFound");
    }
}
