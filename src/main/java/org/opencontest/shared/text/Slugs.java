package org.opencontest.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Derives a URL slug ({@code [a-z0-9-]}) from an English title: "SODA 2026 — City Safety" → "soda-2026-city-safety". */
public final class Slugs {

    public static final Pattern PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 60;
    private static final String FALLBACK = "contest";

    private Slugs() {
    }

    public static String fromTitle(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        if (ascii.length() > MAX_LENGTH) {
            ascii = ascii.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return ascii.length() < MIN_LENGTH ? (ascii.isEmpty() ? FALLBACK : ascii + "-" + FALLBACK) : ascii;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() >= MIN_LENGTH && slug.length() <= MAX_LENGTH
                && PATTERN.matcher(slug).matches();
    }

    /** The n-th alternative when a slug is taken: "city-safety-2", "city-safety-3", … within the length limit. */
    public static String withSuffix(String slug, int n) {
        String suffix = "-" + n;
        String base = slug.length() + suffix.length() > MAX_LENGTH
                ? slug.substring(0, MAX_LENGTH - suffix.length()).replaceAll("-+$", "") : slug;
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
