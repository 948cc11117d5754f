package org.opencontest.contest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Set;

import org.opencontest.contest.ContestRules;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.storage.ObjectStorage;
import org.opencontest.storage.StoredObject;
import org.opencontest.storage.UploadRefusedException;
import org.opencontest.storage.UploadRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Cover images in the object store: streamed in with a size limit, accepted only when the sniffed type is a raster
 * image (SVG is refused: it can carry scripts), shown through short-lived presigned links. The rules are public
 * so that the upload component can tell the browser too.
 */
@Component
public class ContestCovers {

    private static final Logger LOG = LoggerFactory.getLogger(ContestCovers.class);
    public static final UploadRules UPLOAD_RULES = UploadRules.ofTypes(ContestRules.COVER_MAX_BYTES,
            Set.of("image/png", "image/jpeg", "image/webp", "image/gif"));
    private static final Duration LINK_EXPIRY = Duration.ofMinutes(10);

    private final ObjectStorage objects;

    ContestCovers(ObjectStorage objects) {
        this.objects = objects;
    }

    /** Stores the stream as a cover of the contest; anything but a raster image is refused from its first bytes. */
    public StoredObject store(long contestId, InputStream content, String originalName) {
        try {
            return objects.put("contests/" + contestId + "/covers", content, originalName, UPLOAD_RULES);
        } catch (UploadRefusedException refused) {
            throw refused.orForRefusedType(() -> new UserFacingException("contest.error.coverNotImage"));
        }
    }

    /** Copies a stored cover (already checked when it was uploaded) into a new object of another contest. */
    public StoredObject copy(String key, long contestId) {
        try (InputStream content = objects.get(key)) {
            return store(contestId, content, "cover");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short-lived link that downloads the cover as {@code <slug>.<extension of its type>}. */
    public URI link(String key, String slug, String mediaType) {
        return objects.presignedGet(key, LINK_EXPIRY, slug + extension(mediaType));
    }

    private static String extension(String mediaType) {
        return switch (mediaType == null ? "" : mediaType) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/webp" -> ".webp";
            case "image/gif" -> ".gif";
            default -> "";
        };
    }

    /** Best effort: an object left behind is an orphan (no row points to it), which the integrity scrub removes. */
    public void deleteQuietly(String key) {
        try {
            objects.delete(key);
        } catch (RuntimeException e) {
            LOG.warn("Could not delete cover object {}; the integrity scrub removes orphans", key, e);
        }
    }
}
