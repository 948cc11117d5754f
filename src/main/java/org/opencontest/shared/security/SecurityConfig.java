package org.opencontest.shared.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Web security: Vaadin views guard themselves with annotations; services are guarded with method security
 * ({@code @RolesAllowed}/{@code @PreAuthorize}) and per-object checks.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    static final String LOGIN_PATH = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityHeaders headers) throws Exception {
        headers.applyTo(http);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/public/**", "/api/public/**", "/actuator/health/**", "/images/**", "/icons/**",
                        // open data catalog: DatasetCatalog checks access per request
                        "/api/catalog.jsonld", "/api/catalog.ttl", "/api/datasets/**")
                .permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH));
        return http.build();
    }

    /** Delegating encoder: new hashes use the current default (bcrypt), old ones keep verifying after upgrades. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
