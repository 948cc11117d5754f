package org.opencontest.shared.security;

import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as every module sees it: id, e-mail, roles and display preferences. */
public record AppPrincipal(long userId, String email, String displayName, String passwordHash, Set<Role> roles,
                           Locale locale, ZoneId zone, boolean enabled, boolean locked) implements UserDetails {

    public AppPrincipal {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** The same person speaking another language, e.g. the one an API request asks for. */
    public AppPrincipal withLocale(Locale other) {
        return new AppPrincipal(userId, email, displayName, passwordHash, roles, other, zone, enabled, locked);
    }

    /** The same person after an administrator changed their roles. */
    public AppPrincipal withRoles(Set<Role> current) {
        return new AppPrincipal(userId, email, displayName, passwordHash, current, locale, zone, enabled, locked);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "AppPrincipal[" + userId + ", " + email + ", " + roles + "]";
    }
}
