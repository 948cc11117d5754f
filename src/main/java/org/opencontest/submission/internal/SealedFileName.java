package org.opencontest.submission.internal;

import java.util.Locale;

import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * The name a file carries where its team must stay unknown: "file-2.pdf", its position and an extension of its
 * sniffed type. The team's own extension is kept only when the type lists it ("report.docx" stays ".docx"), so no
 * character the team chose (such as "AcmeTeam-final") survives.
 */
public final class SealedFileName {

    private SealedFileName() {
    }

    /** @param position the file's place in the version, from 1 */
    public static String of(int position, String name, String mediaType) {
        return "file-" + position + extension(name, mediaType);
    }

    private static String extension(String name, String mediaType) {
        try {
            MimeType type = MimeTypes.getDefaultMimeTypes().forName(mediaType);
            int dot = name.lastIndexOf('.');
            String own = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
            return type.getExtensions().contains(own) ? own : type.getExtension();
        } catch (MimeTypeException unknownType) {
            return "";
        }
    }
}
