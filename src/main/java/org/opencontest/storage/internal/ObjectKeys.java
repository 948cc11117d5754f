package org.opencontest.storage.internal;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Object keys are generated: a prefix chosen by the calling module plus a random UUID, never a user's file name.
 * Prefixes and keys are still checked, so that a bug in a caller cannot write outside its area or smuggle path
 * tricks ({@code ..}, absolute paths, odd characters) into the store.
 */
final class ObjectKeys {

    /**
     * Segments of letters, digits, '_' and '-', separated by single slashes. No dots at all (so no {@code ..}),
     * no leading slash (no absolute paths), no empty segments.
     */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");
    private static final int MAX_PREFIX_LENGTH = 512;

    private ObjectKeys() {
    }

    /** A fresh key under {@code prefix}; one trailing slash on the prefix is tolerated. */
    static String newKey(String prefix) {
        return normalisePrefix(prefix) + "/" + UUID.randomUUID();
    }

    static String normalisePrefix(String prefix) {
        if (prefix == null) {
            throw new IllegalArgumentException("Key prefix is required");
        }
        String trimmed = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        if (trimmed.length() > MAX_PREFIX_LENGTH || !VALID.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("Invalid key prefix (allowed: relative path of [A-Za-z0-9_-] "
                    + "segments separated by '/'): " + printable(prefix));
        }
        return trimmed;
    }

    /** Keys handed back by callers must look like keys this store generates. */
    static String requireValidKey(String key) {
        if (key == null || key.length() > MAX_PREFIX_LENGTH + 37 || !VALID.matcher(key).matches()) {
            throw new IllegalArgumentException("Invalid object key: " + printable(key));
        }
        return key;
    }

    /** Keeps exception messages (which may reach logs) free of control characters and unbounded input. */
    private static String printable(String value) {
        if (value == null) {
            return "null";
        }
        String clean = value.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .limit(100)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return "'" + clean + (value.length() > 100 ? "…'" : "'");
    }
}
