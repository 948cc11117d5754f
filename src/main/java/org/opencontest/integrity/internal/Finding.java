package org.opencontest.integrity.internal;

import java.time.Instant;

/** A stored object whose last re-hash did not match, as admins see it. */
public record Finding(String key, String source, CheckOutcome outcome, Long expectedSize, String expectedSha256,
                      Long actualSize, String actualSha256, Instant checkedAt) {
}
