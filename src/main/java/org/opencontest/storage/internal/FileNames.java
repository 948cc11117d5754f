package org.opencontest.storage.internal;

import java.nio.charset.StandardCharsets;

/**
 * User file names are data, never paths: they are cleaned before they are kept as metadata and again before they
 * are offered to a browser as a download name.
 */
final class FileNames {

    /** Keeps the encoded metadata well under S3's 2 KB user-metadata limit even for 4-byte characters. */
    static final int MAX_CODE_POINTS = 150;
    private static final int MAX_EXTENSION_CODE_POINTS = 16;
    private static final String FALLBACK_DOWNLOAD_NAME = "download";
    /** Characters that Windows refuses in file names, plus the path separators. */
    private static final String UNSAFE_IN_DOWNLOADS = "/\\<>:\"|?*";

    private FileNames() {
    }

    /**
     * The name as the user gave it, minus control and invisible formatting characters (CR/LF, NUL, right-to-left
     * overrides that disguise extensions), trimmed and shortened to {@value #MAX_CODE_POINTS} code points while
     * keeping a short extension. Path parts are kept: this is a record of what the user sent.
     */
    static String clean(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder();
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(clean::appendCodePoint);
        return shorten(clean.toString().strip());
    }

    /** True when the name carries control characters (NUL, CR, LF and the like), which no genuine file name has. */
    static boolean hasControlCharacters(String name) {
        return name != null && name.codePoints().anyMatch(Character::isISOControl);
    }

    /** The last path segment of the cleaned name, with characters that file systems refuse replaced by '_'. */
    static String forDownload(String name) {
        String clean = clean(name);
        String lastSegment = clean.substring(Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\')) + 1);
        StringBuilder safe = new StringBuilder();
        lastSegment.codePoints().forEach(c -> safe.appendCodePoint(UNSAFE_IN_DOWNLOADS.indexOf(c) >= 0 ? '_' : c));
        String result = safe.toString().strip();
        return result.isEmpty() || result.chars().allMatch(c -> c == '.') ? FALLBACK_DOWNLOAD_NAME : result;
    }

    /**
     * {@code attachment} with an ASCII fallback {@code filename} for old clients and the exact name as an RFC 5987
     * {@code filename*} (RFC 6266), which browsers prefer: so a Chinese name is saved as it was uploaded.
     */
    static String attachmentDisposition(String downloadName) {
        StringBuilder fallback = new StringBuilder();
        downloadName.codePoints().forEach(c -> fallback.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\'
                ? (char) c : '_'));
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + rfc5987(downloadName);
    }

    private static String rfc5987(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isAttrChar(c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    /** RFC 5987 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~". */
    private static boolean isAttrChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }

    private static String shorten(String name) {
        int length = name.codePointCount(0, name.length());
        if (length <= MAX_CODE_POINTS) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot) : "";
        int extensionLength = extension.codePointCount(0, extension.length());
        if (extensionLength > MAX_EXTENSION_CODE_POINTS) {
            extension = "";
            extensionLength = 0;
        }
        int keep = MAX_CODE_POINTS - extensionLength;
        return name.substring(0, name.offsetByCodePoints(0, keep)) + extension;
    }
}
