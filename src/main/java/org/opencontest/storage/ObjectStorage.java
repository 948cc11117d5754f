package org.opencontest.storage;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The one way the application stores files: an S3 bucket reached through the MinIO SDK (MinIO in production,
 * the embedded S3 server by default). Keys are generated here from a prefix, never from user file names.
 */
public interface ObjectStorage {

    /**
     * Streams {@code content} (length unknown) into a new object under {@code keyPrefix} with bounded memory,
     * computing size, SHA-256 and the sniffed media type on the way. The type is sniffed from the first 64 KiB
     * before anything is stored: a refused upload stops there and the rest of {@code content} is never read.
     *
     * @param keyPrefix    where the object goes, e.g. {@code contests/42/covers}; generated, never user input
     * @param originalName the user's file name: a hint for sniffing the type, returned cleaned, never stored
     * @param rules        the size limit and the accepted types
     * @throws UploadRefusedException when the name has control characters, the sniffed type is not accepted or
     *                                the name's extension contradicts the content; nothing is stored
     * @throws ObjectTooLargeException when the stream exceeds the size limit; it is stopped there, nothing stays
     * @throws StorageUnavailableException when the object store cannot be reached; nothing is stored
     */
    StoredObject put(String keyPrefix, InputStream content, String originalName, UploadRules rules);

    /** {@link #put(String, InputStream, String, UploadRules)} for an upload of any type. */
    default StoredObject put(String keyPrefix, InputStream content, String originalName, long maxBytes) {
        return put(keyPrefix, content, originalName, UploadRules.anyType(maxBytes));
    }

    /** Opens the object's bytes; the caller closes the stream. */
    InputStream get(String key);

    Optional<StoredObject> stat(String key);

    /**
     * Reads the object's bytes back from the store and hashes them (streamed, bounded memory), so the answer is what
     * is stored now, not what was recorded at upload; empty when the object is missing.
     */
    Optional<ContentDigest> rehash(String key);

    /**
     * Up to {@code limit} objects in key order, starting after {@code startAfter} (empty string: from the
     * beginning); a shorter list means the end of the bucket. The store's own side objects are not listed.
     */
    List<ListedObject> list(String startAfter, int limit);

    /** A short-lived GET link that lets the browser fetch the bytes directly from the object store. */
    URI presignedGet(String key, Duration expiry, String downloadName);

    void delete(String key);

    /**
     * Aborts multipart uploads that were started before {@code startedBefore} and never finished (an app node or
     * the store died mid-upload); their parts use space but are no object. Returns how many were aborted.
     *
     * @throws StorageUnavailableException when the object store cannot be reached
     */
    int abortStaleUploads(Instant startedBefore);
}
