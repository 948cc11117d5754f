package org.opencontest.shared.security;

import java.util.Map;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Web security: Vaadin views guard themselves with annotations; services are guarded with method security
 * ({@code @RolesAllowed}/{@code @PreAuthorize}) and per-object checks. The sign-in form is throttled by
 * {@link SignInThrottle} and, unlike Vaadin's default, needs the CSRF token, so another site cannot sign a visitor's
 * browser in to an account of its choosing (login CSRF).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    static final String LOGIN_PATH = "/login";
    private static final String BCRYPT = "bcrypt";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle, RequestUtil vaadinRequests,
            SecurityHeaders headers, AccountRoles accountRoles) throws Exception {
        headers.applyTo(http);
        http.authorizeHttpRequests(requests -> requests
                // anyone else, signed in or not, gets no metrics (contest slugs, load) from the public port
                .requestMatchers(MetricsAccess.PATH).denyAll()
                .requestMatchers("/public/**", "/api/public/**", "/actuator/health/**", "/images/**", "/icons/**",
                        // open data catalog: DatasetCatalog checks access per request
                        "/api/catalog.jsonld", "/api/catalog.ttl", "/api/datasets/**",
                        // a contest's announcements as Atom: the community module answers 404 unless it is public
                        "/contests/*/announcements.atom")
                .permitAll());
        // Vaadin's own CSRF set-up exempts the login POST too; keep only its exemption for its internal requests
        // (which carry Vaadin's own token). The login form sends Spring's token from the page's _csrf meta tags.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH)
                .enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.authenticationProvider(new SignInThrottleCheck(throttle));
        http.addFilterBefore(new SessionRolesFilter(accountRoles), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * What {@link MetricsAccess} lets in (Prometheus from loopback; everything on the management port), ahead of
     * Vaadin's chain: its matchers need the Vaadin servlet, which the management port's server does not have.
     */
    @Bean
    @Order(0)
    SecurityFilterChain metricsSecurityFilterChain(HttpSecurity http, MetricsAccess metrics, SecurityHeaders headers)
            throws Exception {
        headers.applyTo(http);
        http.securityMatcher(metrics)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable);
        return http.build();
    }

    /** Boot's publisher, also told that a throttled sign-in is a refusal of a locked account. */
    @Bean
    DefaultAuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(
                Map.of(SignInPausedException.class, AuthenticationFailureLockedEvent.class));
        return publisher;
    }

    /**
     * New hashes are bcrypt at {@code opencontest.security.bcrypt-strength} (cost 10 unless set; the test profile
     * lowers it, as every account a test signs up or signs in pays it). A stored hash carries its own cost, so
     * hashes of any cost keep verifying, and so does every other format Spring Security's default encoder knows.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${opencontest.security.bcrypt-strength:10}") int bcryptStrength) {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(BCRYPT,
                Map.of(BCRYPT, new BCryptPasswordEncoder(bcryptStrength)));
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }
}
