package org.opencontest.shared.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Brings the roles of a session's principal up to date with the account before the request is authorised, so that
 * a role an administrator grants or revokes applies to the user's open session at their next click: routes, menu
 * and service checks all read the refreshed authentication. One indexed read per request buys that; API token
 * requests need no such step, they read the account afresh anyway.
 */
final class SessionRolesFilter extends OncePerRequestFilter {

    private final AccountRoles accountRoles;
    private final SecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

    SessionRolesFilter(AccountRoles accountRoles) {
        this.accountRoles = accountRoles;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication current = context.getAuthentication();
        if (current instanceof UsernamePasswordAuthenticationToken
                && current.getPrincipal() instanceof AppPrincipal principal) {
            accountRoles.current(principal).filter(roles -> !roles.equals(principal.roles())).ifPresent(roles -> {
                AppPrincipal updated = principal.withRoles(roles);
                UsernamePasswordAuthenticationToken replacement = UsernamePasswordAuthenticationToken.authenticated(
                        updated, current.getCredentials(), updated.getAuthorities());
                replacement.setDetails(current.getDetails());
                context.setAuthentication(replacement);
                sessionContexts.saveContext(context, request, response);
            });
        }
        chain.doFilter(request, response);
    }
}
