package org.opencontest.storage;

/** What the store holds for one object: its generated key, exact size, SHA-256 (hex) and sniffed media type. */
public record StoredObject(String key, long size, String sha256, String mediaType, String originalName) {
}
