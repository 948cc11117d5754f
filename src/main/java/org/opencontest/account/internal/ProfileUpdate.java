package org.opencontest.account.internal;

import java.time.ZoneId;
import java.util.Locale;

/** Changes to one's own profile, based on the profile {@code version} the form was loaded with. */
public record ProfileUpdate(long version, String displayName, String organisation, Locale locale, ZoneId zone) {
}
