package org.opencontest.shared.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.opencontest.shared.error.ServiceOutages;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.ApiTokenAuthentication;
import org.opencontest.shared.security.ApiTokenAuthenticator;
import org.opencontest.shared.security.ApiTokenRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} for the stateless API chain. Without the header the request
 * stays anonymous (and the chain answers 401); a refused token answers 401 at once with the reason; a token that
 * cannot be checked because the database is away answers 503 with {@code Retry-After} (not a redirect, not a
 * refusal of a good token). Not a bean, so
 * that Spring Boot does not also register it for every URL of the servlet container.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(BearerTokenFilter.class);
    private static final String BEARER = "Bearer ";

    private final ApiTokenAuthenticator authenticator;
    private final AuthenticationEntryPoint entryPoint;
    private final ApiProblems problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(ApiTokenAuthenticator authenticator, AuthenticationEntryPoint entryPoint, ApiProblems problems) {
        this.authenticator = authenticator;
        this.entryPoint = entryPoint;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null) {
            try {
                if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                    throw new ApiTokenRejectedException(ApiTokenRejectedException.Reason.NOT_BEARER);
                }
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(inRequestLanguage(
                        authenticator.authenticate(header.substring(BEARER.length()).strip()), request));
                contexts.setContext(context);
            } catch (ApiTokenRejectedException rejected) {
                contexts.clearContext();
                LOG.debug("API token refused for {}: {}", request.getRequestURI(), rejected.getReason());
                entryPoint.commence(request, response, rejected);
                return;
            } catch (RuntimeException failure) {
                // the token could not be checked (the database is away): not a refusal of the token
                String outage = ServiceOutages.messageKey(failure);
                if (outage == null) {
                    throw failure;
                }
                contexts.clearContext();
                LOG.warn("API token for {} not checked, answered 503: {}", request.getRequestURI(), failure.toString());
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Outages.RETRY_AFTER.toSeconds()));
                problems.write(response, Outages.problem(problems, outage, request));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * An API answer speaks the language the request asks for ({@code Accept-Language}), else the owner's profile
     * language: services format what they return (dates in refusals, titles) in the caller's locale, which for an
     * API request is therefore the request's, the same language {@link ApiProblems} translates the message into.
     */
    private static Authentication inRequestLanguage(ApiTokenAuthentication token, HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return token;
        }
        return new ApiTokenAuthentication(token.getPrincipal().withLocale(SupportedLocales.closest(request.getLocale())),
                token.getTokenId(), token.getScopes(), token.getExpiresAt());
    }
}
