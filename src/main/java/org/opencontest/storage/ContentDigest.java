package org.opencontest.storage;

/** What an object's bytes measure when they are read back from the store: their size and SHA-256 (hex). */
public record ContentDigest(long size, String sha256) {
}
