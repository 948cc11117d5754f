package org.opencontest.integrity.internal;

import java.time.Instant;

/**
 * Where the scrub stands.
 *
 * @param lastRunAt       the last batch, null before the first
 * @param passCompletedAt when the scrub last finished going through every listed object, null before the first
 * @param source          the source the next batch continues in ("" at the start of a pass)
 * @param checked         objects re-hashed at least once
 * @param damaged         objects whose last re-hash found them changed or missing
 * @param queued          objects waiting for a re-hash asked for by {@code /verify}
 */
public record ScrubStatus(Instant lastRunAt, Instant passCompletedAt, String source, long checked, long damaged,
                          long queued) {
}
