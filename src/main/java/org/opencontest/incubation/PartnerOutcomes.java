package org.opencontest.incubation;

import java.io.Serializable;

/**
 * SPI the partnering module implements so that the impact report counts what partner matchmaking led to, while
 * incubation stays independent of partnering. Without an implementation the counts are zero.
 */
public interface PartnerOutcomes {

    /**
     * @param introductions introductions partners asked for with the contest's projects
     * @param accepted      those the teams accepted (contacts exchanged)
     * @param meetings      demo-day slots the contest's projects booked
     * @param funding       accepted introductions the team linked to funding in a check-in
     * @param adoptions     accepted introductions the team linked to a government adoption in a check-in
     */
    record Counts(long introductions, long accepted, long meetings, long funding, long adoptions)
            implements Serializable {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0);
    }

    /** Called by the impact report, after its own check that the caller may read the contest's report. */
    Counts forContest(long contestId);
}
