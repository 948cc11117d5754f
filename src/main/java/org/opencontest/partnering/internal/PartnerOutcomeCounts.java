package org.opencontest.partnering.internal;

import org.opencontest.partnering.IntroductionOutcome;

import org.opencontest.incubation.PartnerOutcomes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the impact report counts from partnering: two grouped queries per contest. */
@Component
class PartnerOutcomeCounts implements PartnerOutcomes {

    private final IntroductionRepository introductions;
    private final DemoDayBookingRepository bookings;

    PartnerOutcomeCounts(IntroductionRepository introductions, DemoDayBookingRepository bookings) {
        this.introductions = introductions;
        this.bookings = bookings;
    }

    @Override
    @Transactional(readOnly = true)
    public Counts forContest(long contestId) {
        long all = 0;
        long accepted = 0;
        long funding = 0;
        long adoptions = 0;
        for (Object[] row : introductions.countByContest(contestId)) {
            long count = ((Number) row[2]).longValue();
            all += count;
            if (row[0] == IntroductionStatus.ACCEPTED) {
                accepted += count;
                if (row[1] == IntroductionOutcome.FUNDING) {
                    funding += count;
                } else if (row[1] == IntroductionOutcome.ADOPTION) {
                    adoptions += count;
                }
            }
        }
        return new Counts(all, accepted, bookings.countByContestId(contestId), funding, adoptions);
    }
}
