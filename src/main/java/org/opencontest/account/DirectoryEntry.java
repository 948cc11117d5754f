package org.opencontest.account;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.opencontest.shared.security.Role;

/** A user as another module needs it to add them somewhere by address: name, language and roles. */
public record DirectoryEntry(long id, String email, String displayName, Locale locale, Set<Role> roles) {

    public DirectoryEntry {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
