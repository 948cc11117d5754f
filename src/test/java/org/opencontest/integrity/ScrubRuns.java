package org.opencontest.integrity;

import org.opencontest.integrity.internal.IntegrityScrub;
import org.opencontest.integrity.internal.IntegrityScrub.ScrubRun;
import org.opencontest.shared.security.SystemIdentity;

/** Runs the scrub the way its schedule does until it has gone through everything a given number of times. */
final class ScrubRuns {

    private static final int MAX_RUNS = 500;

    private ScrubRuns() {
    }

    /**
     * Runs until both the re-hash pass and the orphan sweep have reached their end {@code passes} times: a pass that
     * was under way began before the test's objects existed and may already be past their keys.
     */
    static void completePasses(IntegrityScrub scrub, int passes) {
        int rehashPasses = 0;
        int orphanPasses = 0;
        for (int run = 0; run < MAX_RUNS && (rehashPasses < passes || orphanPasses < passes); run++) {
            ScrubRun result = SystemIdentity.call(scrub::runOnce);
            rehashPasses += result.passCompleted() ? 1 : 0;
            orphanPasses += result.orphanPassCompleted() ? 1 : 0;
        }
        if (rehashPasses < passes || orphanPasses < passes) {
            throw new AssertionError("The scrub did not complete " + passes + " passes in " + MAX_RUNS + " runs");
        }
    }
}
