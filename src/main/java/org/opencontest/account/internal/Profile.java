package org.opencontest.account.internal;

import java.time.ZoneId;
import java.util.Locale;

/** The signed-in user's own account data; {@code version} guards concurrent edits. */
public record Profile(long userId, long version, String email, boolean emailVerified, String displayName,
                      String organisation, Locale locale, ZoneId zone) {
}
