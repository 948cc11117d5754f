package org.opencontest.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * User-given file names are data, never paths. This is the one place that cleans them; each use picks how much of
 * the name it keeps: {@link #recorded} is what the user sent, {@link #baseName} is what lists show, and
 * {@link #safeSegment} is what a disk or an unzip tool gets (download names, entries of exported archives).
 */
public final class FileNames {

    /** Keeps a recorded name (and S3 metadata that carries it) well under 2 KB even for 4-byte characters. */
    public static final int MAX_CODE_POINTS = 150;
    /** Longest {@link #safeSegment}: leaves room for folders in an archive on disks with 255-byte names. */
    public static final int MAX_SEGMENT_CODE_POINTS = 120;
    private static final int MAX_EXTENSION_CODE_POINTS = 16;
    /** Characters that Windows refuses in file names, plus the path separators. */
    private static final String UNSAFE_ON_DISK = "/\\<>:\"|?*";
    /** Names Windows reserves for devices, with or without an extension ({@code nul.txt} too). */
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|(com|lpt)[0-9¹²³])(\\..*)?");

    private FileNames() {
    }

    /** True when the name carries control characters (NUL, CR, LF and the like), which no genuine file name has. */
    public static boolean hasControlCharacters(String name) {
        return name != null && name.codePoints().anyMatch(Character::isISOControl);
    }

    /**
     * The name as the user gave it, minus control and invisible formatting characters (CR/LF, NUL, right-to-left
     * overrides that disguise extensions), in Unicode NFC and trimmed. Path parts are kept.
     */
    public static String printable(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder printable = new StringBuilder();
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(printable::appendCodePoint);
        return Normalizer.normalize(printable.toString(), Normalizer.Form.NFC).strip();
    }

    /**
     * The record of what the user sent: the {@link #printable} name shortened to {@value #MAX_CODE_POINTS} code
     * points, keeping a short extension.
     */
    public static String recorded(String name) {
        return shorten(printable(name), MAX_CODE_POINTS);
    }

    /** The last path segment of the {@link #printable} name: {@code ../../etc/passwd} is {@code passwd}. */
    public static String baseName(String name) {
        String printable = printable(name);
        return printable.substring(Math.max(printable.lastIndexOf('/'), printable.lastIndexOf('\\')) + 1).strip();
    }

    /** True for a name that names nothing: empty, or only dots ({@code .}, {@code ..}). */
    public static boolean isBlank(String name) {
        return name == null || name.isBlank() || name.strip().chars().allMatch(c -> c == '.');
    }

    /**
     * One harmless path segment for any disk or unzip tool, made from the whole {@link #printable} name: path
     * separators and characters Windows refuses become {@code _}, leading dots become one {@code _} (no {@code ..},
     * no hidden files), trailing dots and spaces (which Windows drops) go, a device name Windows reserves
     * ({@code CON}, {@code nul.txt}, {@code COM1} …) gets a leading {@code _}; at most
     * {@value #MAX_SEGMENT_CODE_POINTS} code points, keeping a short extension; {@code fallback} when nothing is left.
     */
    public static String safeSegment(String name, String fallback) {
        String printable = printable(name);
        if (isBlank(printable)) {
            return fallback;
        }
        StringBuilder safe = new StringBuilder();
        printable.codePoints().forEach(c -> safe.appendCodePoint(UNSAFE_ON_DISK.indexOf(c) >= 0 ? '_' : c));
        String segment = safe.toString().replaceFirst("^\\.+", "_").replaceFirst("[. ]+$", "").strip();
        if (WINDOWS_DEVICE.matcher(segment).matches()) {
            segment = "_" + segment;
        }
        return shorten(segment, MAX_SEGMENT_CODE_POINTS);
    }

    /** {@code candidate}, or {@code candidate-2}, {@code -3} … when an earlier name in {@code taken} has it. */
    public static String unique(Set<String> taken, String candidate) {
        String name = candidate;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = candidate + "-" + n;
        }
        return name;
    }

    /** At most {@code max} code points; a short extension survives the cut. */
    private static String shorten(String name, int max) {
        if (name.codePointCount(0, name.length()) <= max) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot) : "";
        int extensionLength = extension.codePointCount(0, extension.length());
        if (extensionLength > MAX_EXTENSION_CODE_POINTS) {
            extension = "";
            extensionLength = 0;
        }
        return name.substring(0, name.offsetByCodePoints(0, max - extensionLength)) + extension;
    }
}
