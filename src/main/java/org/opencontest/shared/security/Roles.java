package org.opencontest.shared.security;

/** Role names as compile-time constants for {@code @RolesAllowed}. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String ORGANISER = "ORGANISER";
    public static final String PARTICIPANT = "PARTICIPANT";
    public static final String JUDGE = "JUDGE";
    public static final String INCUBATOR = "INCUBATOR";
    public static final String PARTNER = "PARTNER";

    private Roles() {
    }
}
