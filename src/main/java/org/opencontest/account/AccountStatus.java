package org.opencontest.account;

/** Whether the signed-in user's account may still be used and whether the e-mail address is confirmed. */
public record AccountStatus(boolean enabled, boolean emailVerified) {
}
