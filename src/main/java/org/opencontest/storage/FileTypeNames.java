package org.opencontest.storage;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Media types as the names people know from file names ("PDF", "ZIP", "Word (DOCX)"), for upload hints and
 * refusals; the media types themselves stay what the storage checks against.
 */
public final class FileTypeNames {

    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/zip", "ZIP"),
            Map.entry("application/gzip", "GZIP"),
            Map.entry("application/x-gtar", "TAR"),
            Map.entry("application/x-tika-ooxml", "Office (DOCX, XLSX, PPTX)"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (XLSX)"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint (PPTX)"),
            Map.entry("text/plain", "TXT"),
            Map.entry("text/csv", "CSV"),
            Map.entry("image/png", "PNG"),
            Map.entry("image/jpeg", "JPEG"),
            Map.entry("image/webp", "WebP"),
            Map.entry("image/gif", "GIF"),
            Map.entry("video/mp4", "MP4"));

    private FileTypeNames() {
    }

    /** The type's usual name, else its usual extension in capitals, else the media type itself. */
    public static String of(String mediaType) {
        if (mediaType == null || mediaType.isBlank()) {
            return "";
        }
        String known = KNOWN.get(mediaType);
        if (known != null) {
            return known;
        }
        try {
            String extension = MimeTypes.getDefaultMimeTypes().forName(mediaType).getExtension();
            return extension.isEmpty() ? mediaType : extension.substring(1).toUpperCase(Locale.ROOT);
        } catch (MimeTypeException unknown) {
            return mediaType;
        }
    }

    /** The names of several types, sorted and each once ("PDF, PNG, ZIP"). */
    public static String of(Collection<String> mediaTypes) {
        return mediaTypes.stream().map(FileTypeNames::of).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(", "));
    }
}
