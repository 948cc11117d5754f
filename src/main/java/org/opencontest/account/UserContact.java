package org.opencontest.account;

import java.util.Locale;

/** An enabled account as another module needs it to name and notify the person. */
public record UserContact(long id, String email, String displayName, Locale locale) {
}
