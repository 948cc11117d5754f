package org.opencontest.submission.bench;

import static org.opencontest.support.Actors.as;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.Set;

import org.opencontest.contest.ContestService;
import org.opencontest.submission.internal.LatePolicy;
import org.opencontest.submission.internal.SubmissionAdministration;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.internal.SubmissionRules;
import org.opencontest.team.TeamService;

/** Test data for the benchmarks: a contest for big uploads and long streams of incompressible bytes that cost next to nothing to produce. */
final class BenchSupport {

    static final long GIB = 1024L * 1024 * 1024;
    private static final byte[] BLOCK = new byte[16 * 1024 * 1024 + 7];

    static {
        new Random(42).nextBytes(BLOCK);
    }

    private BenchSupport() {
    }

    /** A contest open for submissions whose team may upload binary files of up to 2 GiB, 100 a day. */
    static SubmissionFixtures.Scenario gibScenario(ContestService contests, TeamService teams,
                                                   SubmissionAdministration administration, Instant now) {
        SubmissionFixtures.Scenario s = SubmissionFixtures.scenario(contests, teams, now);
        as(s.organiser(), () -> administration.saveRules(s.contestId(), new SubmissionRules(
                Set.of("application/octet-stream"), 2 * GIB, 4 * GIB, 10, 100, 100, LatePolicy.REJECT,
                Duration.ofMinutes(15), 0)));
        return s;
    }

    /** {@code length} bytes cycling through a random block (of an odd size, so parts never repeat exactly). */
    static InputStream bytes(long length) {
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                return position < length ? BLOCK[(int) (position++ % BLOCK.length)] & 0xff : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int len) {
                if (position >= length) {
                    return -1;
                }
                int start = (int) (position % BLOCK.length);
                int count = (int) Math.min(Math.min(len, length - position), BLOCK.length - start);
                System.arraycopy(BLOCK, start, buffer, offset, count);
                position += count;
                return count;
            }
        };
    }

    /** The machine's one-minute load average (2 cores, shared with other builds: above ~2 the figures suffer). */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static double mibPerSecond(long bytes, long nanos) {
        return bytes / 1024.0 / 1024.0 / (nanos / 1e9);
    }
}
