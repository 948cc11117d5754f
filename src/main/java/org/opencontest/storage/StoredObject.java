package org.opencontest.storage;

/**
 * What the store holds for one object: its generated key, exact size, SHA-256 (hex) and sniffed media type.
 *
 * @param originalName the cleaned name given to {@link ObjectStorage#put}, for the caller to keep in its row; the
 *                     store itself keeps no user file names, so {@link ObjectStorage#stat} answers null
 */
public record StoredObject(String key, long size, String sha256, String mediaType, String originalName) {
}
