package org.opencontest.storage.internal;

import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/** Tika's magic-byte sniffing, and whether a file name's extension tells the truth about the content. */
final class MediaTypes {

    /** Tika's magic-byte detection needs at most this much of the beginning of a file. */
    static final int HEAD_BYTES = 64 * 1024;
    private static final Tika TIKA = new Tika();
    private static final MediaTypeRegistry REGISTRY = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    private MediaTypes() {
    }

    /**
     * The type of the content, refined by the name where the name only narrows it (text named {@code .csv} is
     * {@code text/csv}); when the bytes say something else, the bytes win.
     */
    static String sniff(byte[] head, String name) {
        return TIKA.detect(head, name);
    }

    /**
     * True when the name's extension claims a type that the sniffed type is not, nor a kind of: plain text named
     * {@code report.pdf}, a PNG named {@code photo.jpg}. A name without a known extension claims nothing.
     */
    static boolean nameContradicts(String name, String sniffed) {
        MediaType claimed = MediaType.parse(TIKA.detect(name));
        MediaType actual = MediaType.parse(sniffed);
        return !MediaType.OCTET_STREAM.equals(claimed) && !claimed.equals(actual)
                && !REGISTRY.isSpecializationOf(actual, claimed);
    }
}
