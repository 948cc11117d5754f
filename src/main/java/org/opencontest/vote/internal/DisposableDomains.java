package org.opencontest.vote.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Throw-away mail domains whose accounts may not vote, from the bundled list {@code vote/disposable-domains.txt} (one
 * domain a line, {@code #} comments). A subdomain of a listed domain counts as listed.
 */
@Component
class DisposableDomains {

    private final Set<String> domains;

    DisposableDomains() {
        Set<String> loaded = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("vote/disposable-domains.txt").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).forEach(loaded::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        domains = Set.copyOf(loaded);
    }

    boolean isDisposable(String domain) {
        String candidate = domain.toLowerCase(Locale.ROOT);
        while (!candidate.isEmpty()) {
            if (domains.contains(candidate)) {
                return true;
            }
            int dot = candidate.indexOf('.');
            candidate = dot < 0 ? "" : candidate.substring(dot + 1);
        }
        return false;
    }
}
