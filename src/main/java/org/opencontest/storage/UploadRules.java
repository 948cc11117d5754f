package org.opencontest.storage;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * What an upload path accepts: a size limit and the media types it takes, checked against the type sniffed from the
 * file's first bytes while the upload streams.
 *
 * @param maxBytes      the largest accepted size; a larger stream is refused when it passes the limit
 * @param acceptedTypes sniffed media types accepted, e.g. {@code image/png}; empty accepts every type
 */
public record UploadRules(long maxBytes, Set<String> acceptedTypes) {

    public UploadRules {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        acceptedTypes = Set.copyOf(acceptedTypes);
    }

    public static UploadRules anyType(long maxBytes) {
        return new UploadRules(maxBytes, Set.of());
    }

    public static UploadRules ofTypes(long maxBytes, Collection<String> acceptedTypes) {
        if (acceptedTypes.isEmpty()) {
            throw new IllegalArgumentException("Name at least one accepted type, or use anyType");
        }
        return new UploadRules(maxBytes, Set.copyOf(acceptedTypes));
    }

    public boolean accepts(String mediaType) {
        return acceptedTypes.isEmpty() || acceptedTypes.contains(mediaType);
    }

    /**
     * What a browser can check before it sends a file (an upload component's {@code accept}): the accepted types
     * and their usual extensions, since browsers guess a file's type from its extension. Empty when every type is
     * accepted. Only a first filter: the server still sniffs the content.
     */
    public List<String> browserAccept() {
        TreeSet<String> accept = new TreeSet<>(acceptedTypes);
        for (String type : acceptedTypes) {
            try {
                accept.addAll(MimeTypes.getDefaultMimeTypes().forName(type).getExtensions());
            } catch (MimeTypeException notATikaType) {
                // the type alone still lets browsers that report it through
            }
        }
        return List.copyOf(accept);
    }
}
