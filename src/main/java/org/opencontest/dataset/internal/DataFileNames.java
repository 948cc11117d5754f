package org.opencontest.dataset.internal;

import java.util.Locale;

import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.text.FileNames;

/**
 * File names of release files are shown to everyone and offered as download names, so they are cleaned: only the
 * last path segment counts (no {@code ../} tricks), control and invisible formatting characters (such as the
 * right-to-left override that disguises {@code exe.csv} as {@code vsc.exe}) are removed. Names that are empty
 * after cleaning or longer than {@link DatasetRules#FILE_NAME_MAX} characters are refused, not silently cut.
 */
final class DataFileNames {

    private static final int FORMAT_MAX = 8;

    private DataFileNames() {
    }

    static String clean(String raw) {
        String result = FileNames.baseName(raw);
        if (FileNames.isBlank(result)) {
            throw new UserFacingException("dataset.error.fileNameEmpty");
        }
        if (result.codePointCount(0, result.length()) > DatasetRules.FILE_NAME_MAX) {
            throw new UserFacingException("dataset.error.fileNameTooLong", DatasetRules.FILE_NAME_MAX);
        }
        return result;
    }

    /** Two names that differ only in case are the same name within a release (they would clash on many disks). */
    static String key(String cleanName) {
        return cleanName.toLowerCase(Locale.ROOT);
    }

    /** A short label such as {@code CSV} or {@code ZIP}: the extension if short, else the media subtype. */
    static String format(String cleanName, String mediaType) {
        int dot = cleanName.lastIndexOf('.');
        String extension = dot > 0 ? cleanName.substring(dot + 1) : "";
        if (!extension.isEmpty() && extension.length() <= FORMAT_MAX && extension.chars().allMatch(Character::isLetterOrDigit)) {
            return extension.toUpperCase(Locale.ROOT);
        }
        String subtype = mediaType == null ? "" : mediaType.substring(mediaType.indexOf('/') + 1);
        subtype = subtype.replaceAll("[^A-Za-z0-9]", "");
        return subtype.isEmpty() ? "BIN" : subtype.substring(0, Math.min(FORMAT_MAX, subtype.length())).toUpperCase(Locale.ROOT);
    }
}
