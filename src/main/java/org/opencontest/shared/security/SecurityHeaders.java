package org.opencontest.shared.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.stereotype.Component;

/**
 * The response headers of both filter chains (Vaadin's and the REST API's). The Content-Security-Policy is what the
 * Vaadin app works under: Flow runs inline bootstrap scripts and {@code executeJs} through {@code new Function}
 * (hence {@code 'unsafe-inline' 'unsafe-eval'}, see Vaadin's "strict CSP" notes) and Lumo injects styles; what it still
 * forbids is any script, style, font or connection from elsewhere, plugins, {@code <base>} tricks, forms posting away
 * and framing by other sites. Images may come from the object store's presigned links (another origin). HSTS is sent
 * only where {@code opencontest.security.hsts} is on (the {@code prod} profile), so a developer's localhost is never
 * pinned to HTTPS.
 */
@Component
public class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob: http: https:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    private static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

    private final boolean hsts;

    SecurityHeaders(@Value("${opencontest.security.hsts:false}") boolean hsts) {
        this.hsts = hsts;
    }

    public void applyTo(HttpSecurity http) throws Exception {
        http.headers(headers -> {
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
            if (hsts) {
                headers.httpStrictTransportSecurity(transport -> transport.includeSubDomains(true)
                        .maxAgeInSeconds(HSTS_MAX_AGE_SECONDS));
            } else {
                headers.httpStrictTransportSecurity(transport -> transport.disable());
            }
        });
    }
}
