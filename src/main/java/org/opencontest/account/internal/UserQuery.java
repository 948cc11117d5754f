package org.opencontest.account.internal;

import org.opencontest.shared.security.Role;

/**
 * Filter of the user administration list.
 *
 * @param text part of the e-mail address or display name; blank matches all
 * @param role only users holding this role; {@code null} matches all
 */
public record UserQuery(String text, Role role) {

    public static final UserQuery ALL = new UserQuery("", null);
}
