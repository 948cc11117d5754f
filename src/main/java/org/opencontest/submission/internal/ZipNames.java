package org.opencontest.submission.internal;

import java.util.Set;

/**
 * Names inside export archives. Every segment is made harmless for any unzip tool: no path separators or
 * characters Windows refuses, no control characters, no leading dots (so no "..", no hidden files), bounded length.
 */
public final class ZipNames {

    private static final String UNSAFE = "/\\<>:\"|?*";
    private static final int MAX_LENGTH = 120;

    private ZipNames() {
    }

    public static String segment(String name) {
        StringBuilder safe = new StringBuilder();
        (name == null ? "" : name).codePoints().forEach(c -> safe.appendCodePoint(
                UNSAFE.indexOf(c) >= 0 || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '_' : c));
        String result = safe.toString().strip().replaceFirst("^\\.+", "_");
        if (result.codePointCount(0, result.length()) > MAX_LENGTH) {
            result = result.substring(0, result.offsetByCodePoints(0, MAX_LENGTH));
        }
        return result.isEmpty() ? "_" : result;
    }

    /** {@code candidate}, or {@code candidate-2}, {@code -3} … when an earlier folder took it. */
    public static String unique(Set<String> taken, String candidate) {
        String name = candidate;
        for (int n = 2; !taken.add(name); n++) {
            name = candidate + "-" + n;
        }
        return name;
    }
}
