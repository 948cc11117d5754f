package org.opencontest.shared.persistence;

import java.util.Locale;

/** Builds case-insensitive "contains" patterns for JPQL {@code LIKE ... ESCAPE '\'} from user-typed search text. */
public final class LikePatterns {

    public static final char ESCAPE = '\\';

    private LikePatterns() {
    }

    /** {@code %text%} in lower case with the LIKE wildcards of the input escaped; {@code %} for blank input. */
    public static String contains(String text) {
        if (text == null || text.isBlank()) {
            return "%";
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
