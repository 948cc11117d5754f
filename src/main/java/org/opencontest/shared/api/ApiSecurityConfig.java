package org.opencontest.shared.api;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.opencontest.shared.security.ApiTokenAuthenticator;
import org.opencontest.shared.security.ApiTokenRejectedException;
import org.opencontest.shared.security.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The REST API's own filter chain, ahead of Vaadin's: {@code /api/v1/**} needs a personal API token
 * ({@code Authorization: Bearer oc_…}), except the reads that modules declare public ({@link PublicApiReads}); no
 * session, no CSRF (no cookies are involved), refusals as translated problem details. The OpenAPI description and Swagger UI are public and stateless too.
 */
@Configuration
class ApiSecurityConfig {

    static final String API = "/api/v1/**";
    static final String[] DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};
    private static final String REALM = "Bearer realm=\"OpenContest\"";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokenAuthenticator authenticator,
                                               ApiProblems problems, SecurityHeaders headers,
                                               List<PublicApiReads> publicReads) throws Exception {
        headers.applyTo(http);
        AuthenticationEntryPoint entryPoint = (request, response, failure) ->
                unauthorized(problems, request, response, failure);
        http.securityMatcher(Stream.concat(Stream.of(API), Stream.of(DOCS)).toArray(String[]::new))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(DOCS).permitAll();
                    String[] publicPaths = publicReads.stream().flatMap(reads -> reads.paths().stream())
                            .toArray(String[]::new);
                    // no patterns at all would match every GET
                    if (publicPaths.length > 0) {
                        requests.requestMatchers(HttpMethod.GET, publicPaths).permitAll();
                    }
                    requests.anyRequest().authenticated();
                })
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint))
                .addFilterBefore(new BearerTokenFilter(authenticator, entryPoint, problems), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /** 401 with an RFC 6750 challenge; {@code error="invalid_token"} when a bearer token was sent but refused. */
    private static void unauthorized(ApiProblems problems, HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException failure) throws IOException {
        String key = "api.error.token.missing";
        String challenge = REALM;
        if (failure instanceof ApiTokenRejectedException rejected) {
            key = rejected.getReason().messageKey();
            if (rejected.getReason() != ApiTokenRejectedException.Reason.NOT_BEARER) {
                challenge = REALM + ", error=\"invalid_token\"";
            }
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, key, new Object[0], request));
    }
}
