package org.opencontest.contest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Derives a URL slug ({@code [a-z0-9-]}) from an English title: "SODA 2026 — City Safety" → "soda-2026-city-safety". */
public final class Slugs {

    private static final String FALLBACK = "contest";

    private Slugs() {
    }

    public static String fromTitle(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        if (ascii.length() > ContestRules.SLUG_MAX) {
            ascii = ascii.substring(0, ContestRules.SLUG_MAX).replaceAll("-+$", "");
        }
        return ascii.length() < ContestRules.SLUG_MIN ? (ascii.isEmpty() ? FALLBACK : ascii + "-" + FALLBACK) : ascii;
    }

    /** The n-th alternative when a slug is taken: "city-safety-2", "city-safety-3", … within the length limit. */
    public static String withSuffix(String slug, int n) {
        String suffix = "-" + n;
        String base = slug.length() + suffix.length() > ContestRules.SLUG_MAX
                ? slug.substring(0, ContestRules.SLUG_MAX - suffix.length()).replaceAll("-+$", "") : slug;
        return base + suffix;
    }

    /** The slug itself when free, else its first free alternative ("city-safety-2", …). */
    public static String firstFree(String slug, Predicate<String> taken) {
        String candidate = slug;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = withSuffix(slug, n);
        }
        return candidate;
    }
}
