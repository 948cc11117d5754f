package org.opencontest.shared.security;

/** Global roles. Per-contest rights (which contest an organiser owns, which entries a judge sees) live in the modules. */
public enum Role {
    ADMIN, ORGANISER, PARTICIPANT, JUDGE, INCUBATOR, PARTNER;

    /** The Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
