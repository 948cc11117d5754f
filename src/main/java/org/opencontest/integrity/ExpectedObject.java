package org.opencontest.integrity;

/**
 * A stored object as its owning module recorded it.
 *
 * @param size   the recorded size in bytes, or null when the module records none
 * @param sha256 the recorded SHA-256 (hex), or null when the module records none (then only presence is checked)
 */
public record ExpectedObject(String key, Long size, String sha256) {

    /** Whether freshly measured bytes are the recorded ones. */
    public boolean matches(long actualSize, String actualSha256) {
        return (size == null || size == actualSize) && (sha256 == null || sha256.equalsIgnoreCase(actualSha256));
    }
}
